package io.shopmind.model.event;

/**
 * The commerce events on the event log: those a storefront sends, and {@link #PriceChanged} from pricing-service.
 * Each names the record its payload must read as. Each service stores the ones it uses and ignores the rest.
 */
public enum EventType {
    CatalogItemUpserted(io.shopmind.model.event.CatalogItemUpserted.class),
    ProductViewed(io.shopmind.model.event.ProductViewed.class),
    AddedToCart(io.shopmind.model.event.AddedToCart.class),
    OrderPlaced(io.shopmind.model.event.OrderPlaced.class),
    OrderStatusChanged(io.shopmind.model.event.OrderStatusChanged.class),
    StockReceived(io.shopmind.model.event.StockReceived.class),
    StockAdjusted(io.shopmind.model.event.StockAdjusted.class),
    CompetitorPriceObserved(io.shopmind.model.event.CompetitorPriceObserved.class),
    /** Emitted by pricing-service, not the storefront. */
    PriceChanged(io.shopmind.model.event.PriceChanged.class);

    private final Class<? extends EventPayload> payloadType;

    EventType(Class<? extends EventPayload> payloadType) {
        this.payloadType = payloadType;
    }

    /** The record this type's payload reads as, with the constraints of every field. */
    public Class<? extends EventPayload> payloadType() {
        return payloadType;
    }
}
