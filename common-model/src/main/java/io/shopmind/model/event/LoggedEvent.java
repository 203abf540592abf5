package io.shopmind.model.event;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One event as the event log holds it: the envelope the storefront sent, its position in the log (increasing in the
 * order the log made events durable) and when the log appended it. What a service reads from the gateway's feed.
 */
public record LoggedEvent(long position, UUID eventId, EventType type, Instant occurredAt, Instant appendedAt,
        Map<String, Object> payload) {

    public EventEnvelope envelope() {
        return new EventEnvelope(eventId, type, occurredAt, payload);
    }
}
