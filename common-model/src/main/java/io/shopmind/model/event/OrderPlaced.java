package io.shopmind.model.event;

import java.util.List;

/** Payload of {@link EventType#OrderPlaced}. */
public record OrderPlaced(String orderId, String customerId, String warehouse, List<OrderLine> lines) {
}
