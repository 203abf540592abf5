package io.shopmind.recommendation.serving;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopmind.database.EmbeddedDatabaseInitializer;
import io.shopmind.recommendation.RecommendationApi;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;

/**
 * Events in, a model trained and activated, lists out, over real HTTP on the shared embedded PostgreSQL. Each test
 * makes up its own shop (random sku and shopper prefixes), so tests sharing the database do not meet.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedDatabaseInitializer.class)
class RecommendationFlowTest {


    @Value("${local.server.port}")
    int port;

    private RecommendationApi api() {
        return new RecommendationApi(port);
    }

    /**
     * Two kinds of shoppers: outdoor fans buy from the tents and boots, cooks from pans and knives. Every shopper
     * buys three of the eight items of their side.
     */
    private Shop shop(int shoppersPerSide) throws Exception {
        String p = "t" + UUID.randomUUID().toString().substring(0, 8) + "-";
        List<String> events = new ArrayList<>();
        Instant at = Instant.now().minusSeconds(3600);
        for (int i = 0; i < 8; i++) {
            events.add(catalogue(p + "out-" + i, i < 4 ? "tents" : "boots", at));
            events.add(catalogue(p + "kit-" + i, i < 4 ? "pans" : "knives", at));
        }
        for (int c = 0; c < shoppersPerSide; c++) {
            for (String side : List.of("out", "kit")) {
                String customer = p + side + "-fan-" + c;
                List<String> lines = new ArrayList<>();
                for (int j = 0; j < 3; j++) {
                    lines.add("\"" + p + side + "-" + ((c + j * 3) % 8) + "\"");
                }
                events.add(order(customer, lines, at.plusSeconds(c)));
            }
        }
        api().post("/api/v1/recommendations/events", "{\"events\":[" + String.join(",", events) + "]}");
        return new Shop(p);
    }

    private record Shop(String prefix) {
    }

    @Test
    void aListParameterOfTheWrongTypeIsAProblemNamingIt() throws Exception {
        HttpResponse<String> response = api().get("/api/v1/recommendations/users/anyone?k=ten");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = RecommendationApi.JSON.readTree(response.body());
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("k");
        assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo("must be a whole number, was 'ten'");
    }

    @Test
    void trainsOnEventsAndRecommendsFromTheShoppersSideLeavingOutWhatTheyBought() throws Exception {
        Shop shop = shop(30);
        long version = trainAndActivate("itemknn", "{\"neighbours\": 20}");
        String fan = shop.prefix() + "out-fan-0";

        JsonNode list = RecommendationApi.body(api().get("/api/v1/recommendations/users/" + fan + "?k=4"));

        assertThat(list.get("source").asString()).isEqualTo("itemknn:v" + version);
        List<String> skus = skus(list);
        assertThat(skus).hasSize(4).allMatch(sku -> sku.startsWith(shop.prefix() + "out-"));
        // out-fan-0 bought out-0, out-3 and out-6
        assertThat(skus).doesNotContain(shop.prefix() + "out-0", shop.prefix() + "out-3", shop.prefix() + "out-6");
        assertThat(list.get("items").get(0).get("explanation").asString()).startsWith("because you bought");
    }

    @Test
    void aNewEventChangesAKnownShoppersListWithoutRetraining() throws Exception {
        Shop shop = shop(30);
        trainAndActivate("als", "{\"factors\": 8, \"iterations\": 8}");
        String fan = shop.prefix() + "out-fan-0";
        List<String> before = skus(RecommendationApi.body(api().get("/api/v1/recommendations/users/" + fan + "?k=3")));

        api().post("/api/v1/recommendations/events", "{\"events\":[" + order(fan, List.of("\"" + before.get(0) + "\""),
                Instant.now()) + "]}");
        List<String> after = skus(RecommendationApi.body(api().get("/api/v1/recommendations/users/" + fan + "?k=3")));

        assertThat(after).doesNotContain(before.get(0));
        assertThat(after).allMatch(sku -> sku.startsWith(shop.prefix() + "out-"));
    }

    @Test
    void aShopperWithNoHistoryGetsTrendingAndIsToldSo() throws Exception {
        shop(5);
        JsonNode list = RecommendationApi.body(api().get("/api/v1/recommendations/users/newcomer-" + UUID.randomUUID() + "?k=5"));

        assertThat(list.get("source").asString()).isEqualTo("trending");
        assertThat(list.get("items")).isNotEmpty();
    }

    @Test
    void anAnonymousVisitGetsItemsLikeTheOnesItViewed() throws Exception {
        Shop shop = shop(30);
        long version = trainAndActivate("itemknn", "{}");

        JsonNode list = RecommendationApi.body(api().post("/api/v1/recommendations/sessions?k=3",
                "{\"items\":[\"" + shop.prefix() + "kit-1\",\"" + shop.prefix() + "kit-2\"]}"));

        assertThat(list.get("source").asString()).isEqualTo("session:itemknn:v" + version);
        assertThat(skus(list)).hasSize(3).allMatch(sku -> sku.startsWith(shop.prefix() + "kit-"))
                .doesNotContain(shop.prefix() + "kit-1", shop.prefix() + "kit-2");
        assertThat(list.get("items").get(0).get("explanation").asString()).startsWith("because you viewed");
    }

    @Test
    void aCategoryCapAndACategoryFilterShapeTheList() throws Exception {
        Shop shop = shop(30);
        trainAndActivate("itemknn", "{}");
        String fan = shop.prefix() + "out-fan-1";

        JsonNode capped = RecommendationApi.body(api().get("/api/v1/recommendations/users/" + fan + "?k=4&maxPerCategory=2"));
        JsonNode boots = RecommendationApi.body(api().get("/api/v1/recommendations/users/" + fan + "?k=4&category=boots"));

        Set<String> categories = new HashSet<>();
        capped.get("items").forEach(item -> assertThat(categories.add(item.get("category").asString() + item.get("sku")))
                .isTrue());
        assertThat(capped.get("items").valueStream().filter(i -> i.get("category").asString().equals("tents")).count())
                .isLessThanOrEqualTo(2);
        assertThat(boots.get("items").valueStream().map(i -> i.get("category").asString())).containsOnly("boots");
    }

    @Test
    void similarItemsAndFrequentlyBoughtTogetherComeFromTheModel() throws Exception {
        Shop shop = shop(30);
        long version = trainAndActivate("itemknn", "{}");

        JsonNode similar = RecommendationApi.body(api().get("/api/v1/recommendations/items/" + shop.prefix() + "kit-0/similar?k=3"));
        JsonNode together = RecommendationApi.body(api().post("/api/v1/recommendations/baskets/frequently-bought-together?k=3",
                "{\"skus\":[\"" + shop.prefix() + "out-0\"]}"));

        assertThat(similar.get("source").asString()).isEqualTo("itemknn:v" + version);
        assertThat(skus(similar)).allMatch(sku -> sku.startsWith(shop.prefix() + "kit-"));
        assertThat(skus(together)).isNotEmpty().allMatch(sku -> sku.startsWith(shop.prefix() + "out-"));
        assertThat(together.get("items").get(0).get("explanation").asString()).startsWith("often bought with");
    }

    private long trainAndActivate(String algorithm, String params) throws Exception {
        HttpResponse<String> response = api().post("/api/v1/recommendations/models",
                "{\"algorithm\":\"" + algorithm + "\",\"params\":" + params + ",\"activate\":true}");
        assertThat(response.statusCode()).isEqualTo(202);
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

    static String catalogue(String sku, String category, Instant at) {
        return """
                {"eventId":"%s","type":"CatalogItemUpserted","occurredAt":"%s","payload":{"sku":"%s","name":"%s",
                "category":"%s","brand":"acme","price":{"amount":"19.90","currency":"EUR"},"active":true}}"""
                .formatted(UUID.randomUUID(), at, sku, sku, category);
    }

    static String order(String customer, List<String> quotedSkus, Instant at) {
        List<String> lines = quotedSkus.stream().map(sku -> """
                {"sku":%s,"quantity":1,"unitPrice":{"amount":"19.90","currency":"EUR"}}""".formatted(sku)).toList();
        return """
                {"eventId":"%s","type":"OrderPlaced","occurredAt":"%s","payload":{"orderId":"%s","customerId":"%s",
                "warehouse":"main","lines":[%s]}}""".formatted(UUID.randomUUID(), at, UUID.randomUUID(), customer,
                String.join(",", lines));
    }

    static List<String> skus(JsonNode list) {
        return list.get("items").valueStream().map(item -> item.get("sku").asString()).toList();
    }
}
