package io.shopmind.model.event;

/** One line of an order: what was bought, how many, and at what unit price. */
public record OrderLine(String sku, int quantity, Money unitPrice) {
}
