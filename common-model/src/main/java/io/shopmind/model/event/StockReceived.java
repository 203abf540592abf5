package io.shopmind.model.event;

/** Payload of {@link EventType#StockReceived}; {@code purchaseOrderId} is null for stock that arrived without one. */
public record StockReceived(String sku, String warehouse, int quantity, String purchaseOrderId) {
}
