package io.shopmind.model.event;

/** Payload of {@link EventType#ProductViewed}; {@code customerId} is null for an anonymous visitor. */
public record ProductViewed(String sku, String customerId, String sessionId) {
}
