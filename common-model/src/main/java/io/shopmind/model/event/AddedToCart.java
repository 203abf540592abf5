package io.shopmind.model.event;

/** Payload of {@link EventType#AddedToCart}. */
public record AddedToCart(String sku, String customerId, String sessionId, int quantity) {
}
