package io.shopmind.recommendation.interaction;

/** A line of an interaction file that cannot be read; carries the 1-based line number. */
public final class InteractionFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final long lineNumber;

    public InteractionFormatException(long lineNumber, String message) {
        super("line " + lineNumber + ": " + message);
        this.lineNumber = lineNumber;
    }

    /** The 1-based number of the offending line. */
    public long lineNumber() {
        return lineNumber;
    }
}
