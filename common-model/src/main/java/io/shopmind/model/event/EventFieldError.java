package io.shopmind.model.event;

import java.util.UUID;

/**
 * One invalid field of an event in a refused batch: its path in the batch (e.g.
 * {@code events[3].payload.lines[2].quantity}), why, and the event's id when it had a readable one.
 */
public record EventFieldError(String field, String message, UUID eventId) {
}
