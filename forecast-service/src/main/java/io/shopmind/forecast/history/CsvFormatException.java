package io.shopmind.forecast.history;

/**
 * A line of a long-format sales file that cannot be read.
 *
 * @see LongFormatCsv
 */
public class CsvFormatException extends RuntimeException {

    private final long line;
    private final String field;
    private final String reason;

    public CsvFormatException(long line, String field, String reason) {
        super("Line " + line + ": " + reason);
        this.line = line;
        this.field = field;
        this.reason = reason;
    }

    /** The line, counting from 1 with the header. */
    public long line() {
        return line;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
