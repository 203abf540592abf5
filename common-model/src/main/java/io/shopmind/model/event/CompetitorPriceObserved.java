package io.shopmind.model.event;

/** Payload of {@link EventType#CompetitorPriceObserved}. */
public record CompetitorPriceObserved(String sku, String competitor, Money price) {
}
