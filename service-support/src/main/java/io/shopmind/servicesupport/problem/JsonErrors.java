package io.shopmind.servicesupport.problem;

import io.shopmind.model.problem.FieldError;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/** Turns Jackson's read errors into words a client can act on: the field path, or the line and column. */
public final class JsonErrors {

    private JsonErrors() {
    }

    /** A field error when the JSON was well formed but a value did not fit its field. */
    static Optional<FieldError> fieldError(Throwable cause) {
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return Optional.of(new FieldError(path(mismatch), describe(mismatch)));
        }
        return Optional.empty();
    }

    /** Where the parser stopped, for malformed JSON. */
    static String location(Throwable cause) {
        if (cause instanceof JacksonException jackson && jackson.getLocation() != null) {
            TokenStreamLocation location = jackson.getLocation();
            if (location.getLineNr() > 0) {
                return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
            }
        }
        return "";
    }

    /** The path of the value Jackson stopped at, e.g. {@code lines[2].quantity}. */
    public static String path(JacksonException exception) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : exception.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String describe(MismatchedInputException mismatch) {
        if (mismatch instanceof InvalidFormatException invalid) {
            Class<?> target = invalid.getTargetType();
            if (target != null && target.isEnum()) {
                return "'" + invalid.getValue() + "' is not one of " + java.util.Arrays.toString(target.getEnumConstants());
            }
            return "'" + invalid.getValue() + "' is not a valid " + simpleName(target);
        }
        return "expected " + simpleName(mismatch.getTargetType());
    }

    private static String simpleName(Class<?> type) {
        return type == null ? "value" : type.getSimpleName();
    }
}
