package io.shopmind.recommendation.interaction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the generic interaction CSV {@code user_id,item_id,event_type,value,timestamp}. A header line is optional;
 * blank lines and lines starting with {@code #} are skipped; an empty value means 1; the timestamp is epoch
 * seconds or an ISO-8601 instant. Fields may be enclosed in double quotes. Each event weighs
 * {@code EventWeights.weightOf(event_type) × value}. A malformed line raises {@link InteractionFormatException}
 * with its line number.
 */
public final class InteractionCsvReader implements InteractionFileReader {

    private final EventWeights eventWeights;

    public InteractionCsvReader(EventWeights eventWeights) {
        if (eventWeights == null) {
            throw new IllegalArgumentException("eventWeights: must not be null");
        }
        this.eventWeights = eventWeights;
    }

    @Override
    public Charset charset() {
        return StandardCharsets.UTF_8;
    }

    @Override
    public void read(Reader source, InteractionSink sink) throws IOException {
        BufferedReader reader = source instanceof BufferedReader b ? b : new BufferedReader(source);
        String line;
        long lineNumber = 0;
        boolean first = true;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = split(line, lineNumber);
            boolean header = first && fields.get(0).trim().equalsIgnoreCase("user_id");
            first = false;
            if (header) {
                continue;
            }
            if (fields.size() != 5) {
                throw new InteractionFormatException(lineNumber,
                        "expected 5 fields user_id,item_id,event_type,value,timestamp but found " + fields.size());
            }
            String user = fields.get(0).trim();
            String item = fields.get(1).trim();
            String type = fields.get(2).trim();
            if (user.isEmpty() || item.isEmpty()) {
                throw new InteractionFormatException(lineNumber, "user_id and item_id must not be empty");
            }
            if (!eventWeights.knows(type)) {
                throw new InteractionFormatException(lineNumber, "unknown event_type '" + type + "'");
            }
            double value = parseValue(fields.get(3).trim(), lineNumber);
            long timestamp = parseTimestamp(fields.get(4).trim(), lineNumber);
            sink.accept(lineNumber, user, item, type, eventWeights.weightOf(type) * value, timestamp);
        }
    }

    private static double parseValue(String text, long lineNumber) {
        if (text.isEmpty()) {
            return 1.0;
        }
        try {
            double value = Double.parseDouble(text);
            if (!(value > 0) || Double.isInfinite(value)) {
                throw new InteractionFormatException(lineNumber, "value must be positive, was " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InteractionFormatException(lineNumber, "value is not a number: '" + text + "'");
        }
    }

    static long parseTimestamp(String text, long lineNumber) {
        if (text.isEmpty()) {
            throw new InteractionFormatException(lineNumber, "timestamp must not be empty");
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException notEpoch) {
            try {
                return Instant.parse(text).getEpochSecond();
            } catch (DateTimeParseException notInstant) {
                throw new InteractionFormatException(lineNumber,
                        "timestamp is neither epoch seconds nor an ISO-8601 instant: '" + text + "'");
            }
        }
    }

    private static List<String> split(String line, long lineNumber) {
        List<String> fields = new ArrayList<>(5);
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int c = 0; c < line.length(); c++) {
            char ch = line.charAt(c);
            if (quoted) {
                if (ch == '"') {
                    if (c + 1 < line.length() && line.charAt(c + 1) == '"') {
                        field.append('"');
                        c++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        if (quoted) {
            throw new InteractionFormatException(lineNumber, "unterminated quoted field");
        }
        fields.add(field.toString());
        return fields;
    }
}
