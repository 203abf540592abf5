package io.shopmind.supportbot.understanding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code text,intent} CSV (RFC 4180: fields with commas, quotes or line breaks are quoted, quotes doubled), with an
 * optional {@code text,intent} (or {@code text,label}) header line.
 */
public final class LabeledTextCsv {

    /** A line that is not {@code text,intent}; lines count from 1, the header included. */
    public static final class LineException extends RuntimeException {
        private final long line;

        LineException(long line, String message) {
            super("line " + line + ": " + message);
            this.line = line;
        }

        public long line() {
            return line;
        }
    }

    private LabeledTextCsv() {
    }

    /** Reads every example; {@code maxTextLength} bounds a text, {@code maxRows} the file. */
    public static List<LabeledText> read(Reader source, int maxTextLength, int maxRows) {
        List<LabeledText> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(source)) {
            long line = 0;
            List<String> fields;
            while ((fields = record(reader)) != null) {
                line++;
                if (fields.size() == 1 && fields.get(0).isBlank()) {
                    continue;
                }
                if (line == 1 && fields.size() == 2 && fields.get(0).trim().equalsIgnoreCase("text")
                        && fields.get(1).trim().matches("(?i)intent|label")) {
                    continue;
                }
                if (fields.size() != 2) {
                    throw new LineException(line, "expected 2 fields (text,intent), found " + fields.size());
                }
                String text = fields.get(0).strip();
                String intent = fields.get(1).strip();
                if (text.isEmpty() || intent.isEmpty()) {
                    throw new LineException(line, "text and intent must not be empty");
                }
                if (text.length() > maxTextLength) {
                    throw new LineException(line, "text longer than " + maxTextLength + " characters");
                }
                if (rows.size() >= maxRows) {
                    throw new LineException(line, "more than " + maxRows + " examples");
                }
                rows.add(new LabeledText(text, intent));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** One CSV record, which may span lines inside quotes; null at the end. */
    private static List<String> record(BufferedReader reader) throws IOException {
        String first = reader.readLine();
        if (first == null) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        String line = first;
        while (true) {
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(c);
                }
            }
            if (!quoted) {
                break;
            }
            line = reader.readLine();
            if (line == null) {
                break;
            }
            field.append('\n');
        }
        fields.add(field.toString());
        return fields;
    }

    /** Writes one field, quoted when it must be. */
    public static void writeField(Writer out, String value) {
        try {
            if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                    || value.indexOf('\r') >= 0) {
                out.write('"' + value.replace("\"", "\"\"") + '"');
            } else {
                out.write(value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
