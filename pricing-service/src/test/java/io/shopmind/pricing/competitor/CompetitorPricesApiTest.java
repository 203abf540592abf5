package io.shopmind.pricing.competitor;

import static io.shopmind.pricing.PricingApi.body;
import static io.shopmind.pricing.PricingApi.fields;
import static org.assertj.core.api.Assertions.assertThat;

import io.shopmind.database.EmbeddedDatabaseInitializer;
import io.shopmind.pricing.PricingApi;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedDatabaseInitializer.class)
class CompetitorPricesApiTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    CompetitorPrices prices;

    PricingApi api;
    String sku;

    @BeforeEach
    void setUp() throws Exception {
        api = new PricingApi(port);
        sku = "mug-" + UUID.randomUUID();
        api.putEntry(sku, "19.99");
    }

    @Test
    void recordsObservedEventsAndFlagsTheOnesThatCannotBeUsedInsteadOfDroppingThem() throws Exception {
        Instant now = Instant.now();
        HttpResponse<String> response = api.post("/api/v1/pricing/events", """
                {"events":[
                 {"eventId":"%s","type":"CompetitorPriceObserved","occurredAt":"%s",
                  "payload":{"sku":"%s","competitor":"a","price":{"amount":"18.50","currency":"EUR"},"inStock":true}},
                 {"eventId":"%s","type":"CompetitorPriceObserved","occurredAt":"%s",
                  "payload":{"sku":"%s","competitor":"b","price":{"amount":"18.90","currency":"USD"}}},
                 {"eventId":"%s","type":"CompetitorPriceObserved","occurredAt":"%s",
                  "payload":{"sku":"%s","competitor":"c","price":{"amount":"1.99","currency":"EUR"}}}
                 ]}""".formatted(UUID.randomUUID(), now, sku, UUID.randomUUID(), now, sku, UUID.randomUUID(), now, sku));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);

        JsonNode history = body(api.get("/api/v1/pricing/skus/" + sku + "/history"));
        Map<String, String> flags = new java.util.HashMap<>();
        history.get("competitors").forEach(o -> flags.put(o.get("competitor").asString(),
                o.get("flag").isNull() ? "usable" : o.get("flag").asString() + ": " + o.get("flagReason").asString()));
        assertThat(flags).containsEntry("a", "usable")
                .containsEntry("b", "UNUSABLE: currency USD, the SKU is priced in EUR");
        assertThat(flags.get("c")).startsWith("OUTLIER: 0.10 times our price");
        assertThat(prices.current(List.of(sku)).get(sku)).extracting(Observation::competitor).containsExactly("a");
        assertThat(history.get("prices").get(0).get("newPrice").asString()).isEqualTo("19.99");
    }

    @Test
    void ageStaleObservationsOutOfTheCurrentPrices() throws Exception {
        HttpResponse<String> imported = api.postCsv("/api/v1/pricing/competitors/imports", """
                sku,competitor,price,currency,in_stock,observed_at
                %s,old,18.00,EUR,true,%s
                %s,new,18.40,EUR,false,%s
                """.formatted(sku, Instant.now().minus(30, ChronoUnit.DAYS), sku, Instant.now().minusSeconds(5)),
                Map.of());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

        List<Observation> current = prices.current(List.of(sku)).get(sku);
        assertThat(current).extracting(Observation::competitor).containsExactly("new");
        assertThat(current.get(0).inStock()).isFalse();
    }

    @Test
    void importsAllRowsOrNoneWithEachProblemsLine() throws Exception {
        List<String> lines = new ArrayList<>(List.of("sku,competitor,price,currency,observed_at"));
        lines.add(sku + ",a,18.00,EUR,");
        lines.add(sku + ",b,-3,EUR,");
        lines.add(sku + ",c,18.00,euro,yesterday");
        HttpResponse<String> response = api.postCsv("/api/v1/pricing/competitors/imports",
                String.join("\n", lines) + "\n", Map.of());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("line 3: price", "line 4: currency", "line 4: observed_at");
        assertThat(prices.current(List.of(sku))).isEmpty();
    }
}
