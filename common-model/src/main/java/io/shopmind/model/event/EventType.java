package io.shopmind.model.event;

/**
 * The commerce events on the event log: those a storefront sends, and {@link #PriceChanged} from pricing-service.
 * Each service stores the ones it uses and ignores the rest.
 */
public enum EventType {
    CatalogItemUpserted,
    ProductViewed,
    AddedToCart,
    OrderPlaced,
    OrderStatusChanged,
    StockReceived,
    StockAdjusted,
    CompetitorPriceObserved,
    /** Emitted by pricing-service, not the storefront. */
    PriceChanged
}
