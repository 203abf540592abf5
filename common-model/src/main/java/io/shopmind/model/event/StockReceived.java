package io.shopmind.model.event;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Payload of {@link EventType#StockReceived}; {@code purchaseOrderId} is null for stock that arrived without one,
 * {@code warehouse} null for the shop's default warehouse.
 */
public record StockReceived(
        @Identifier(max = EventPayload.MAX_SKU) String sku,
        @OptionalIdentifier String warehouse,
        @Min(1) @Max(EventPayload.MAX_QUANTITY) int quantity,
        @OptionalIdentifier String purchaseOrderId) implements EventPayload {

    @Override
    public String key() {
        return sku;
    }
}
