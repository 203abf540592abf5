package io.shopmind.model.recommendation;

import java.util.List;

/**
 * A list recommendation-service serves: to the storefront through the gateway, and to support-bot-service.
 *
 * @param source     what produced it: a model ({@code als:v3}), a visit scored by a model ({@code session:als:v3}),
 *                   or a fallback ({@code category-trending}, {@code trending})
 * @param experiment the experiment and variant the shopper is in, when one runs
 */
public record RecommendationList(String source, Variant experiment, List<RecommendedItem> items) {

    public record RecommendedItem(String sku, double score, String explanation, String category) {
    }

    public record Variant(String id, String variant) {
    }
}
