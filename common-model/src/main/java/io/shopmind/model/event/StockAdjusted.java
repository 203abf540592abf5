package io.shopmind.model.event;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Payload of {@link EventType#StockAdjusted}: a count correction, positive or negative, with its reason;
 * {@code warehouse} is null for the shop's default warehouse.
 */
public record StockAdjusted(
        @Identifier(max = EventPayload.MAX_SKU) String sku,
        @OptionalIdentifier String warehouse,
        @Min(-EventPayload.MAX_QUANTITY) @Max(EventPayload.MAX_QUANTITY) int delta,
        @PlainText String reason) implements EventPayload {

    @Override
    public String key() {
        return sku;
    }
}
