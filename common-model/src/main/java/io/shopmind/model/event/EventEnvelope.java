package io.shopmind.model.event;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One commerce event. {@code eventId} is the idempotency key: a service that has seen it before ignores it.
 * The payload's shape depends on {@code type}; see the payload records in this package.
 */
public record EventEnvelope(
        @NotNull UUID eventId,
        @NotNull EventType type,
        @NotNull Instant occurredAt,
        @NotNull Map<String, Object> payload) {
}
