package io.shopmind.model.event;

/**
 * The payload of one event type, as {@link EventType#payloadType()} names it, with the domain of every field as Bean
 * Validation constraints: the gateway refuses an event whose payload breaks them.
 */
public sealed interface EventPayload permits CatalogItemUpserted, ProductViewed, AddedToCart, OrderPlaced,
        OrderStatusChanged, StockReceived, StockAdjusted, CompetitorPriceObserved, PriceChanged {

    int MAX_SKU = 64;
    int MAX_QUANTITY = 1_000_000;

    /**
     * The event's ordering key on the log: the SKU of a catalogue, stock or price event, the shopper of a view, cart
     * or order. Events with the same key reach every service in the order they were sent, on every log.
     */
    String key();
}
