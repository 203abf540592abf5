package io.shopmind.servicesupport.event;

import io.shopmind.model.event.EventType;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An event this service could not apply, kept with why.
 *
 * @param logPosition     its position in the event log, or null when it came through the service's own intake
 * @param reason          a short code, e.g. {@code unknown-sku}
 * @param detail          the handler's sentence about it
 * @param replayAttempts  how often ops replayed it without success
 */
public record DeadLetter(UUID eventId, EventType type, Instant occurredAt, Map<String, Object> payload,
        Long logPosition, String reason, String detail, Instant deadLetteredAt, int replayAttempts) {
}
