package io.shopmind.supportbot.readmodel;

/** A product as the bot knows it from {@code CatalogItemUpserted}. */
public record CatalogItem(String sku, String name, String category, boolean active) {
}
