package io.shopmind.model.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Payload of {@link EventType#CompetitorPriceObserved}. */
public record CompetitorPriceObserved(
        @Identifier(max = EventPayload.MAX_SKU) String sku,
        @Identifier String competitor,
        @NotNull @Valid Money price) implements EventPayload {

    @Override
    public String key() {
        return sku;
    }
}
