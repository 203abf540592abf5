package io.shopmind.model.event;

/** Payload of {@link EventType#OrderStatusChanged}, e.g. SHIPPED, DELIVERED, CANCELLED, RETURNED. */
public record OrderStatusChanged(@Identifier String orderId, @Identifier(max = 32) String status)
        implements EventPayload {

    /** The order's: its statuses arrive in the order they changed. */
    @Override
    public String key() {
        return orderId;
    }
}
