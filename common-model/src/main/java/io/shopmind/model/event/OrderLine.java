package io.shopmind.model.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** One line of an order: what was bought, how many, and at what unit price. */
public record OrderLine(
        @Identifier(max = EventPayload.MAX_SKU) String sku,
        @Min(1) @Max(EventPayload.MAX_QUANTITY) int quantity,
        @NotNull @Valid Money unitPrice) {
}
