package io.shopmind.servicesupport.problem;

import io.shopmind.model.problem.FieldError;
import java.util.List;
import java.util.Map;

/**
 * A client's input that the service cannot use, found past the edge's own validation: a CSV line, a value that
 * contradicts stored state. Answered as a 400 validation problem with the field errors and any extra properties
 * (for example {@code line} for an import).
 */
public class InvalidInputException extends RuntimeException {

    private final List<FieldError> errors;
    private final Map<String, Object> properties;

    public InvalidInputException(String detail, List<FieldError> errors, Map<String, Object> properties) {
        super(detail);
        this.errors = List.copyOf(errors);
        this.properties = Map.copyOf(properties);
    }

    public InvalidInputException(String detail, List<FieldError> errors) {
        this(detail, errors, Map.of());
    }

    /** A problem with one line of an imported file; lines count from 1, the header included. */
    public static InvalidInputException atLine(long line, String field, String message) {
        return new InvalidInputException("Line " + line + ": " + message,
                List.of(new FieldError(field, message)), Map.of("line", line));
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
