package io.shopmind.model.event;

/**
 * Payload of {@link EventType#PriceChanged}: pricing-service changed a SKU's selling price (an approved proposal or
 * an edit of the price book), so other services can read the new price from the event log.
 *
 * @param previous the price before, or null for a SKU's first price
 * @param reason   why, e.g. {@code proposal 42 approved} or {@code price book edit}
 */
public record PriceChanged(String sku, Money price, Money previous, String reason) {
}
