package io.shopmind.model.event;

/** Payload of {@link EventType#CatalogItemUpserted}: the storefront created or changed a product. */
public record CatalogItemUpserted(String sku, String name, String category, String brand, Money price, boolean active) {
}
