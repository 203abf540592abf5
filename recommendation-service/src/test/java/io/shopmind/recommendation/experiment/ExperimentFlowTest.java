package io.shopmind.recommendation.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopmind.database.EmbeddedDatabaseInitializer;
import io.shopmind.recommendation.RecommendationApi;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedDatabaseInitializer.class)
class ExperimentFlowTest {


    @Value("${local.server.port}")
    int port;

    private RecommendationApi api() {
        return new RecommendationApi(port);
    }

    @Test
    void splitsShoppersStablyAndCountsTheirClicksAndPurchasesPerVariant() throws Exception {
        String p = "ab" + UUID.randomUUID().toString().substring(0, 8) + "-";
        List<String> events = new ArrayList<>();
        Instant past = Instant.now().minusSeconds(600);
        for (int c = 0; c < 40; c++) {
            events.add(view(p + "shopper-" + c, p + "item-" + (c % 5), past));
            events.add(view(p + "shopper-" + c, p + "item-" + ((c + 1) % 5), past));
        }
        api().post("/api/v1/recommendations/events", "{\"events\":[" + String.join(",", events) + "]}");
        long control = train("pop");
        long treatment = train("itemknn");
        JsonNode experiment = RecommendationApi.body(api().post("/api/v1/recommendations/experiments", """
                {"name":"knn vs pop","controlVersion":%d,"treatmentVersion":%d,"treatmentShare":0.5}"""
                .formatted(control, treatment)));
        String id = experiment.get("id").asString();
        try {
            Map<String, String> variants = new HashMap<>();
            Map<String, String> firstItem = new HashMap<>();
            for (int c = 0; c < 40; c++) {
                String shopper = p + "shopper-" + c;
                JsonNode list = RecommendationApi.body(api().get("/api/v1/recommendations/users/" + shopper + "?k=3&exclude=none"));
                JsonNode again = RecommendationApi.body(api().get("/api/v1/recommendations/users/" + shopper + "?k=3&exclude=none"));
                assertThat(again.get("experiment").get("variant")).isEqualTo(list.get("experiment").get("variant"));
                variants.put(shopper, list.get("experiment").get("variant").asString());
                firstItem.put(shopper, list.get("items").get(0).get("sku").asString());
            }
            assertThat(variants.values()).contains("control", "treatment");

            String buyer = p + "shopper-0";
            Instant now = Instant.now();
            api().post("/api/v1/recommendations/events", "{\"events\":[" + view(buyer, firstItem.get(buyer), now) + ","
                    + view(buyer, "not-recommended", now) + "]}");
            JsonNode report = RecommendationApi.body(api().get("/api/v1/recommendations/experiments/" + id));

            long impressions = 0;
            for (JsonNode variant : report.get("variants")) {
                impressions += variant.get("impressions").asLong();
                long clicks = variant.get("clicks").asLong();
                assertThat(clicks).isEqualTo(variant.get("variant").asString().equals(variants.get(buyer)) ? 2 : 0);
                JsonNode rate = variant.get("clickRate");
                assertThat(rate.get("low").asDouble()).isLessThanOrEqualTo(rate.get("value").asDouble());
                assertThat(rate.get("high").asDouble()).isGreaterThanOrEqualTo(rate.get("value").asDouble());
            }
            // two lists per shopper; the buyer's two lists both held the item
            assertThat(impressions).isEqualTo(80);
            assertThat(report.get("clickRateDifference").get("low").asDouble()).isLessThan(0.0);
        } finally {
            api().post("/api/v1/recommendations/experiments/" + id + "/stop", "{}");
        }
    }

    private long train(String algorithm) throws Exception {
        HttpResponse<String> response = api().post("/api/v1/recommendations/models",
                "{\"algorithm\":\"" + algorithm + "\",\"activate\":false}");
        String location = response.headers().firstValue("Location").orElseThrow();
        JsonNode job = RecommendationApi.body(api().get(location));
        for (int attempt = 0; attempt < 300 && !job.get("state").asString().matches("SUCCEEDED|FAILED"); attempt++) {
            Thread.sleep(50);
            job = RecommendationApi.body(api().get(location));
        }
        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
        String result = job.get("result").asString();
        return Long.parseLong(result.substring(result.lastIndexOf('/') + 1));
    }

    private static String view(String customer, String sku, Instant at) {
        return """
                {"eventId":"%s","type":"ProductViewed","occurredAt":"%s","payload":{"sku":"%s","customerId":"%s",
                "sessionId":"s-%s"}}""".formatted(UUID.randomUUID(), at, sku, customer, customer);
    }
}
