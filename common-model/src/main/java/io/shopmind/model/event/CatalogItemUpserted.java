package io.shopmind.model.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

/** Payload of {@link EventType#CatalogItemUpserted}: the storefront created or changed a product. */
public record CatalogItemUpserted(
        @Identifier(max = EventPayload.MAX_SKU) String sku,
        @NotBlank @PlainText(max = 300) String name,
        @PlainText(max = 100) String category,
        @PlainText(max = 100) String brand,
        @Valid Money price,
        boolean active) implements EventPayload {

    @Override
    public String key() {
        return sku;
    }
}
