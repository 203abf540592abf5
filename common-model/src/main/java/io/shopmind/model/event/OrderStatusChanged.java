package io.shopmind.model.event;

/** Payload of {@link EventType#OrderStatusChanged}, e.g. SHIPPED, DELIVERED, CANCELLED, RETURNED. */
public record OrderStatusChanged(String orderId, String status) {
}
