package io.shopmind.model.problem;

/** One invalid field in a validation problem: its path in the request (e.g. {@code events[3].eventId}) and why. */
public record FieldError(String field, String message) {
}
