package io.shopmind.recommendation.catalog;

/** A product as the service ranks it. */
public record CatalogItem(String sku, String name, String category, String brand, boolean active, String priceBand) {

    /** The name to show a shopper, the sku when the product has none. */
    public String displayName() {
        return name == null || name.isBlank() ? sku : name;
    }
}
