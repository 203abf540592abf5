package io.shopmind.pricing.guardrail;

/** A competitor's current price for the SKU, and whether they have it in stock (null when unknown). */
public record CompetitorPrice(String competitor, double price, Boolean inStock) {
}
