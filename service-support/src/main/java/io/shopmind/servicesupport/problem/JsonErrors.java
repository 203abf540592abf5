package io.shopmind.servicesupport.problem;

import io.shopmind.model.problem.FieldError;
import io.shopmind.servicesupport.http.JsonInputRules;
import io.shopmind.servicesupport.http.Text;
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
        if (mismatch instanceof JsonInputRules.RejectedValueException rejected) {
            return rejected.reason();
        }
        if (mismatch instanceof InvalidFormatException invalid) {
            Class<?> target = invalid.getTargetType();
            if (target != null && target.isEnum()) {
                return Text.quoted(invalid.getValue()) + " is not one of "
                        + java.util.Arrays.toString(target.getEnumConstants());
            }
            return Text.quoted(invalid.getValue()) + " is not " + describe(target);
        }
        if (mismatch.getTargetType() != null && mismatch.getTargetType().isEnum()) {
            return "must be one of " + java.util.Arrays.toString(mismatch.getTargetType().getEnumConstants());
        }
        return "must be " + describe(mismatch.getTargetType());
    }

    /** A Java type in the words of the JSON or query string a client writes. */
    static String describe(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class || type == java.math.BigInteger.class) {
            return "an integer";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class || type == char.class || type == Character.class) {
            return "a string";
        }
        if (type == java.time.LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == java.time.Instant.class || type == java.time.OffsetDateTime.class) {
            return "an ISO-8601 UTC time (2026-03-01T10:00:00Z)";
        }
        if (type == java.util.UUID.class) {
            return "a UUID";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return "an object";
    }
}
