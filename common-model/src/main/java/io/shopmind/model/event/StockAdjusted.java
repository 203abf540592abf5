package io.shopmind.model.event;

/** Payload of {@link EventType#StockAdjusted}: a count correction, positive or negative, with its reason. */
public record StockAdjusted(String sku, String warehouse, int delta, String reason) {
}
