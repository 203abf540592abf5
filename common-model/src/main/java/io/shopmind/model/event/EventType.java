package io.shopmind.model.event;

/** The commerce events a storefront sends; each service stores the ones it uses and ignores the rest. */
public enum EventType {
    CatalogItemUpserted,
    ProductViewed,
    AddedToCart,
    OrderPlaced,
    OrderStatusChanged,
    StockReceived,
    StockAdjusted,
    CompetitorPriceObserved
}
