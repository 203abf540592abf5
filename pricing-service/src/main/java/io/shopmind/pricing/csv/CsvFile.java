package io.shopmind.pricing.csv;

import io.shopmind.model.problem.FieldError;
import io.shopmind.servicesupport.problem.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A comma-separated file with a header line (RFC 4180: fields may be quoted, a quote inside doubled), read row by
 * row with its line number, and the problems found in it collected with their lines, so an import reports all of
 * them (up to {@link #MAX_PROBLEMS}) and applies nothing.
 */
public final class CsvFile {

    public static final int MAX_PROBLEMS = 100;

    private final Map<String, Integer> columns = new HashMap<>();
    private final List<FieldError> problems = new ArrayList<>();
    private long firstProblemLine = -1;

    private CsvFile() {
    }

    /**
     * Reads {@code body}, giving each data row to {@code rows}; fails with every problem found (a missing column,
     * more than {@code maxRows} rows, and whatever {@code rows} reported) once the whole file is read.
     */
    public static void read(InputStream body, Set<String> required, Set<String> optional, long maxRows,
            Consumer<Row> rows) throws IOException {
        CsvFile file = new CsvFile();
        BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
        String header = reader.readLine();
        if (header == null) {
            throw InvalidInputException.atLine(1, "header", "the file is empty; expected a header line with "
                    + String.join(",", required));
        }
        List<String> names = split(header.startsWith("\uFEFF") ? header.substring(1) : header);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).trim().toLowerCase(Locale.ROOT);
            if (!required.contains(name) && !optional.contains(name)) {
                file.problem(1, name, "unknown column; expected " + String.join(",", required) + " and optionally "
                        + String.join(",", optional));
            }
            file.columns.put(name, i);
        }
        for (String name : required) {
            if (!file.columns.containsKey(name)) {
                file.problem(1, name, "required column is missing");
            }
        }
        file.failIfAny();
        long line = 1;
        long count = 0;
        String text;
        while ((text = reader.readLine()) != null) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            if (++count > maxRows) {
                file.problem(line, "file", "more than " + maxRows + " rows; split the file");
                break;
            }
            rows.accept(new Row(file, line, split(text)));
        }
        if (count == 0) {
            file.problem(line, "file", "no data rows");
        }
        file.failIfAny();
    }

    private void problem(long line, String field, String message) {
        if (firstProblemLine < 0) {
            firstProblemLine = line;
        }
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new FieldError("line " + line + ": " + field, message));
        }
    }

    private void failIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The file has " + problems.size() + (problems.size() == MAX_PROBLEMS
                    ? " or more" : "") + " problem(s), the first at line " + firstProblemLine + "; nothing was imported.",
                    problems, Map.of("line", firstProblemLine));
        }
    }

    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
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
        fields.add(field.toString());
        return fields;
    }

    /** One data row: its line number and its fields by column name, with typed reads that report problems. */
    public static final class Row {

        private final CsvFile file;
        private final long line;
        private final List<String> fields;
        private boolean valid = true;

        Row(CsvFile file, long line, List<String> fields) {
            this.file = file;
            this.line = line;
            this.fields = fields;
        }

        public long line() {
            return line;
        }

        /** Whether no read or {@link #problem} has found a fault in this row. */
        public boolean valid() {
            return valid;
        }

        /** The trimmed field, or null when the column is absent or the field empty. */
        public String text(String column) {
            Integer index = file.columns.get(column);
            if (index == null || index >= fields.size()) {
                return null;
            }
            String value = fields.get(index).trim();
            return value.isEmpty() ? null : value;
        }

        public String required(String column) {
            String value = text(column);
            if (value == null) {
                problem(column, "is required");
            }
            return value;
        }

        /** A plain finite decimal such as {@code 12.99}, or null when empty. */
        public BigDecimal decimal(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return new BigDecimal(value);
            } catch (NumberFormatException e) {
                problem(column, "'" + value + "' is not a finite decimal number");
                return null;
            }
        }

        public Double number(String column) {
            BigDecimal value = decimal(column);
            return value == null ? null : value.doubleValue();
        }

        public Boolean bool(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "true", "1", "yes", "y" -> true;
                case "false", "0", "no", "n" -> false;
                default -> {
                    problem(column, "'" + value + "' is not true or false");
                    yield null;
                }
            };
        }

        public void problem(String field, String message) {
            valid = false;
            file.problem(line, field, message);
        }
    }
}
