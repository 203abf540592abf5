package io.shopmind.supportbot.action;

import io.shopmind.model.recommendation.RecommendationList;
import java.util.List;
import org.springframework.web.client.RestClient;

/**
 * Suggestions from recommendation-service: products like one the shopper named
 * ({@code GET /api/v1/recommendations/items/{sku}/similar}), or for the shopper
 * ({@code GET /api/v1/recommendations/users/{customerId}}).
 */
public class RecommendationClient {

    private static final String SERVICE = "recommendation-service";

    private final RestClient rest;

    public RecommendationClient(RestClient rest) {
        this.rest = rest;
    }

    public List<RecommendationList.RecommendedItem> similarTo(String sku, int k) throws ServiceUnavailableException {
        return items(ServiceCall.call(SERVICE, () -> rest.get()
                .uri("/api/v1/recommendations/items/{sku}/similar?k={k}", sku, k).retrieve()
                .body(RecommendationList.class)).orElse(null));
    }

    public List<RecommendationList.RecommendedItem> forShopper(String customerId, int k)
            throws ServiceUnavailableException {
        return items(ServiceCall.call(SERVICE, () -> rest.get()
                .uri("/api/v1/recommendations/users/{customerId}?k={k}", customerId, k).retrieve()
                .body(RecommendationList.class)).orElse(null));
    }

    private static List<RecommendationList.RecommendedItem> items(RecommendationList list) {
        return list == null || list.items() == null ? List.of() : list.items();
    }
}
