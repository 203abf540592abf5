package io.shopmind.supportbot.action;

import io.shopmind.model.recommendation.RecommendationList;
import java.util.List;
import org.springframework.web.client.RestClient;

/**
 * Suggestions from recommendation-service: products like one the shopper named
 * ({@code GET /api/v1/recommendations/items/{sku}/similar}), or for the shopper
 * ({@code GET /api/v1/recommendations/users/{customerId}}), with how their stock was checked.
 */
public class RecommendationClient {

    private static final String SERVICE = "recommendation-service";

    private final RestClient rest;

    public RecommendationClient(RestClient rest) {
        this.rest = rest;
    }

    public RecommendationList similarTo(String sku, int k) throws ServiceUnavailableException {
        return orEmpty(ServiceCall.call(SERVICE, () -> rest.get()
                .uri("/api/v1/recommendations/items/{sku}/similar?k={k}", sku, k).retrieve()
                .body(RecommendationList.class)).orElse(null));
    }

    public RecommendationList forShopper(String customerId, int k) throws ServiceUnavailableException {
        return orEmpty(ServiceCall.call(SERVICE, () -> rest.get()
                .uri("/api/v1/recommendations/users/{customerId}?k={k}", customerId, k).retrieve()
                .body(RecommendationList.class)).orElse(null));
    }

    private static RecommendationList orEmpty(RecommendationList list) {
        if (list == null) {
            return new RecommendationList(null, null, List.of(), null);
        }
        return list.items() == null ? new RecommendationList(list.source(), list.experiment(), List.of(), list.stock())
                : list;
    }
}
