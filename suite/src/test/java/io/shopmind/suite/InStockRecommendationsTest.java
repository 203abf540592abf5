package io.shopmind.suite;

import static io.shopmind.suite.TestSuite.body;
import static io.shopmind.suite.TestSuite.gateway;
import static io.shopmind.suite.TestSuite.get;
import static io.shopmind.suite.TestSuite.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The in-stock filter against the real inventory-service, end to end through the gateway: SKUs whose stock the
 * shop sold out are left out of a shopper's list, the others stay, and the list says its stock was live.
 */
class InStockRecommendationsTest {

    private final String p = "is-" + UUID.randomUUID().toString().substring(0, 8) + "-";

    @Test
    void leavesOutWhatInventorySaysIsSoldOut() throws Exception {
        List<String> soldOut = List.of(p + "a", p + "b", p + "c");
        List<String> inStock = List.of(p + "d", p + "e", p + "f");
        List<String> setUp = new ArrayList<>();
        for (String sku : soldOut) {
            setUp.add(catalogItem(sku));
            setUp.add(received(sku, 1));
        }
        for (String sku : inStock) {
            setUp.add(catalogItem(sku));
            setUp.add(received(sku, 100));
        }
        assertThat(post(gateway("/api/v1/events"), batch(setUp)).statusCode()).isEqualTo(202);
        List<String> orders = new ArrayList<>();
        Instant now = Instant.now();
        // the sold-out SKUs sell best, so an unfiltered list would rank them first
        for (String sku : soldOut) {
            for (int shopper = 0; shopper < 3; shopper++) {
                orders.add(order(p + "shopper-" + shopper, sku, now));
            }
        }
        for (String sku : inStock) {
            orders.add(order(p + "shopper-9", sku, now));
        }
        assertThat(post(gateway("/api/v1/events"), batch(orders)).statusCode()).isEqualTo(202);

        String list = "/api/v1/recommendations/users/" + p + "stranger?k=6&category=" + p + "cat";
        JsonNode unfiltered = awaitItems(gateway(list + "&inStock=false"), 6);
        assertThat(skus(unfiltered)).containsAll(soldOut);
        assertThat(unfiltered.get("stock").asString()).isEqualTo("not-checked");

        // events reach inventory and recommendation each at its own pace: wait until inventory has seen the sales
        // (and a stock state cached before that has expired, 30 s)
        JsonNode filtered = body(get(gateway(list)));
        long deadline = System.nanoTime() + 45_000_000_000L;
        while (!skus(filtered).equals(Set.copyOf(inStock)) && System.nanoTime() < deadline) {
            Thread.sleep(250);
            filtered = body(get(gateway(list)));
        }
        assertThat(skus(filtered)).containsExactlyInAnyOrderElementsOf(inStock);
        assertThat(filtered.get("stock").asString()).isEqualTo("live");
        JsonNode positions = body(get(gateway("/api/v1/inventory/positions?sku=" + soldOut.get(0))));
        assertThat(positions.get(0).get("available").asLong()).isZero();
    }

    private static JsonNode awaitItems(String url, int count) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        JsonNode list = body(get(url));
        while (list.get("items").size() < count && System.nanoTime() < deadline) {
            // trending is a snapshot refreshed every few seconds
            Thread.sleep(250);
            list = body(get(url));
        }
        return list;
    }

    private static Set<String> skus(JsonNode list) {
        Set<String> skus = new HashSet<>();
        list.get("items").forEach(item -> skus.add(item.get("sku").asString()));
        return skus;
    }

    private static String batch(List<String> events) {
        return "{\"events\":[" + String.join(",", events) + "]}";
    }

    private String catalogItem(String sku) {
        return """
                {"eventId":"%s","type":"CatalogItemUpserted","occurredAt":"2026-01-01T00:00:00Z","payload":{"sku":"%s",
                "name":"%s","category":"%s","brand":"demo","price":{"amount":"4.99","currency":"EUR"},"active":true}}"""
                .formatted(UUID.randomUUID(), sku, sku, p + "cat");
    }

    private static String received(String sku, int quantity) {
        return """
                {"eventId":"%s","type":"StockReceived","occurredAt":"2026-01-01T00:00:00Z","payload":{"sku":"%s",
                "warehouse":"main","quantity":%d}}""".formatted(UUID.randomUUID(), sku, quantity);
    }

    private static String order(String customer, String sku, Instant at) {
        return """
                {"eventId":"%s","type":"OrderPlaced","occurredAt":"%s","payload":{"orderId":"%s","customerId":"%s",
                "warehouse":"main","lines":[{"sku":"%s","quantity":1,"unitPrice":{"amount":"4.99","currency":"EUR"}}]}}"""
                .formatted(UUID.randomUUID(), at, UUID.randomUUID(), customer, sku);
    }
}
