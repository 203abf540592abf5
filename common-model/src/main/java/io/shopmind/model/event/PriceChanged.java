package io.shopmind.model.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Payload of {@link EventType#PriceChanged}: pricing-service changed a SKU's selling price (an approved proposal or
 * an edit of the price book), so other services can read the new price from the event log.
 *
 * @param previous the price before, or null for a SKU's first price
 * @param reason   why, e.g. {@code proposal 42 approved} or {@code price book edit}
 */
public record PriceChanged(
        @Identifier(max = EventPayload.MAX_SKU) String sku,
        @NotNull @Valid Money price,
        @Valid Money previous,
        @PlainText String reason) implements EventPayload {

    @Override
    public String key() {
        return sku;
    }
}
