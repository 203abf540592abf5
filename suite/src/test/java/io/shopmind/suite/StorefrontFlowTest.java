package io.shopmind.suite;

import static io.shopmind.suite.TestSuite.awaitEventsApplied;
import static io.shopmind.suite.TestSuite.awaitJob;
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
 * The storefront's flow through the gateway: events in, a trained model, recommendations out that leave out what
 * the shopper bought, a cold-start answer for a stranger, and an A/B split that keeps each shopper on one side.
 */
class StorefrontFlowTest {

    private final String p = "sf-" + UUID.randomUUID().toString().substring(0, 8) + "-";

    @Test
    void recommendsFromEventsExcludesWhatWasBoughtAndSplitsShoppersStably() throws Exception {
        List<String> events = new ArrayList<>();
        Instant at = Instant.now().minusSeconds(3_600);
        for (int i = 0; i < 6; i++) {
            events.add(catalogItem(p + "tea-" + i, "tea"));
            events.add(catalogItem(p + "mug-" + i, "mugs"));
        }
        for (int c = 0; c < 30; c++) {
            String taste = c % 2 == 0 ? "tea-" : "mug-";
            for (int i = 0; i < 4; i++) {
                events.add(order(p + "shopper-" + c, p + taste + ((c + i) % 6), at));
            }
        }
        events.add(order(p + "me", p + "tea-0", at));
        events.add(order(p + "me", p + "tea-1", at));
        assertThat(post(gateway("/api/v1/events"), "{\"events\":[" + String.join(",", events) + "]}").statusCode())
                .isEqualTo(202);
        awaitEventsApplied();

        long itemKnn = train("itemknn", true);
        JsonNode mine = body(get(gateway("/api/v1/recommendations/users/" + p + "me?k=4&exclude=bought")));
        Set<String> skus = new HashSet<>();
        mine.get("items").forEach(item -> skus.add(item.get("sku").asString()));
        assertThat(skus).isNotEmpty().doesNotContain(p + "tea-0", p + "tea-1");
        assertThat(skus.stream().filter(sku -> sku.startsWith(p + "tea-")).count()).isGreaterThanOrEqualTo(2);
        assertThat(mine.get("source").asString()).startsWith("itemknn");

        JsonNode stranger = body(get(gateway("/api/v1/recommendations/users/" + p + "stranger?k=4")));
        assertThat(stranger.get("source").asString()).contains("trending");
        assertThat(stranger.get("items")).isNotEmpty();

        long popularity = train("pop", false);
        JsonNode experiment = body(post(gateway("/api/v1/recommendations/experiments"), """
                {"name":"%s","controlVersion":%d,"treatmentVersion":%d,"treatmentShare":0.5}"""
                .formatted(p + "ab", popularity, itemKnn)));
        String id = experiment.get("id").asString();
        try {
            Set<String> variants = new HashSet<>();
            for (int c = 0; c < 30; c++) {
                String user = gateway("/api/v1/recommendations/users/" + p + "shopper-" + c + "?k=3&exclude=none");
                String first = body(get(user)).get("experiment").get("variant").asString();
                assertThat(body(get(user)).get("experiment").get("variant").asString()).isEqualTo(first);
                variants.add(first);
            }
            assertThat(variants).containsExactlyInAnyOrder("control", "treatment");
            JsonNode report = body(get(gateway("/api/v1/recommendations/experiments/" + id)));
            long impressions = 0;
            for (JsonNode variant : report.get("variants")) {
                impressions += variant.get("impressions").asLong();
            }
            assertThat(impressions).isGreaterThanOrEqualTo(60);
        } finally {
            post(gateway("/api/v1/recommendations/experiments/" + id + "/stop"), "{}");
        }
    }

    private static long train(String algorithm, boolean activate) throws Exception {
        JsonNode job = awaitJob(post(gateway("/api/v1/recommendations/models"),
                "{\"algorithm\":\"" + algorithm + "\",\"activate\":" + activate + "}"));
        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
        String result = job.get("result").asString();
        return Long.parseLong(result.substring(result.lastIndexOf('/') + 1));
    }

    private static String catalogItem(String sku, String category) {
        return """
                {"eventId":"%s","type":"CatalogItemUpserted","occurredAt":"2026-01-01T00:00:00Z","payload":{"sku":"%s",
                "name":"%s","category":"%s","brand":"demo","price":{"amount":"4.99","currency":"EUR"},"active":true}}"""
                .formatted(UUID.randomUUID(), sku, sku, category);
    }

    private static String order(String customer, String sku, Instant at) {
        return """
                {"eventId":"%s","type":"OrderPlaced","occurredAt":"%s","payload":{"orderId":"%s","customerId":"%s",
                "warehouse":"main","lines":[{"sku":"%s","quantity":1,"unitPrice":{"amount":"4.99","currency":"EUR"}}]}}"""
                .formatted(UUID.randomUUID(), at, UUID.randomUUID(), customer, sku);
    }
}
