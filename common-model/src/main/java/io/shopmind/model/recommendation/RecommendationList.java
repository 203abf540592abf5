package io.shopmind.model.recommendation;

import java.util.List;

/**
 * A list recommendation-service serves: to the storefront through the gateway, and to support-bot-service.
 *
 * @param source     what produced it: a model ({@code als:v3}), a visit scored by a model ({@code session:als:v3}),
 *                   or a fallback ({@code category-trending}, {@code trending})
 * @param experiment the experiment and variant the shopper is in, when one runs
 * @param stock      how the in-stock filter knew the items' stock: {@value #STOCK_LIVE} (from inventory-service,
 *                   at most its cache's age old), {@value #STOCK_LAST_KNOWN} (inventory-service did not answer: the
 *                   last state it reported was used, and items it never reported were kept), or
 *                   {@value #STOCK_NOT_CHECKED} (the request asked for {@code inStock=false})
 */
public record RecommendationList(String source, Variant experiment, List<RecommendedItem> items, String stock) {

    public static final String STOCK_LIVE = "live";
    public static final String STOCK_LAST_KNOWN = "last-known";
    public static final String STOCK_NOT_CHECKED = "not-checked";

    public record RecommendedItem(String sku, double score, String explanation, String category) {
    }

    public record Variant(String id, String variant) {
    }
}
