package io.shopmind.pricing.book;

import static io.shopmind.pricing.PricingApi.body;
import static io.shopmind.pricing.PricingApi.fields;
import static org.assertj.core.api.Assertions.assertThat;

import io.shopmind.database.EmbeddedDatabaseInitializer;
import io.shopmind.pricing.PricingApi;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedDatabaseInitializer.class)
class PriceBookApiTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcTemplate jdbc;

    PricingApi api;
    String sku;

    @BeforeEach
    void setUp() {
        api = new PricingApi(port);
        sku = "mug-" + UUID.randomUUID();
    }

    @Test
    void servesTheCurrentPriceOfOneSkuAndOfMany() throws Exception {
        assertThat(api.putEntry(sku, "19.99").statusCode()).isEqualTo(200);

        JsonNode price = body(api.get("/api/v1/pricing/prices/" + sku));
        assertThat(price.get("price").get("amount").asString()).isEqualTo("19.99");
        assertThat(price.get("price").get("currency").asString()).isEqualTo("EUR");
        assertThat(price.get("listPrice").get("amount").asString()).isEqualTo("24.99");

        JsonNode prices = body(api.post("/api/v1/pricing/prices/query",
                "{\"skus\":[\"" + sku + "\",\"no-such-sku\"]}"));
        assertThat(prices.get("prices")).hasSize(1);
        assertThat(prices.get("prices").get(0).get("sku").asString()).isEqualTo(sku);
        assertThat(prices.get("unknown").get(0).asString()).isEqualTo("no-such-sku");
    }

    @Test
    void answersASkuNotInThePriceBookWith404Problem() throws Exception {
        HttpResponse<String> response = api.get("/api/v1/pricing/prices/" + sku);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(body(response).get("type").asString()).endsWith("/not-found");
    }

    @Test
    void boundsTheBatchQuery() throws Exception {
        StringBuilder skus = new StringBuilder();
        for (int i = 0; i <= 1000; i++) {
            skus.append(i == 0 ? "" : ",").append("\"s").append(i).append('"');
        }
        HttpResponse<String> response = api.post("/api/v1/pricing/prices/query", "{\"skus\":[" + skus + "]}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("skus");
    }

    @Test
    void auditsWhoChangedWhatWhenAndWhyAndQueuesOneEventPerPriceChange() throws Exception {
        api.putEntry(sku, "19.99");
        api.putEntry(sku, "17.99");
        api.put("/api/v1/pricing/book/" + sku, """
                {"currency":"EUR","listPrice":"24.99","price":"17.99","unitCost":"10.50","reason":"new supplier"}""",
                Map.of());

        JsonNode changes = body(api.get("/api/v1/pricing/book/" + sku + "/changes"));
        assertThat(changes).hasSize(3);
        assertThat(changes.get(0).get("actor").asString()).isEqualTo("anonymous");
        assertThat(changes.get(0).get("reason").asString()).isEqualTo("new supplier");
        assertThat(changes.get(1).get("actor").asString()).isEqualTo("anna");
        assertThat(changes.get(1).get("oldPrice").asString()).isEqualTo("19.99");
        assertThat(changes.get(1).get("newPrice").asString()).isEqualTo("17.99");
        assertThat(changes.get(2).get("before").isNull()).isTrue();
        Integer events = jdbc.queryForObject("SELECT count(*) FROM pricing.outbox_event WHERE type = 'PriceChanged' "
                + "AND payload->>'sku' = ?", Integer.class, sku);
        assertThat(events).isEqualTo(2);
    }

    @Test
    void namesEachInvalidFieldAndStoresNothing() throws Exception {
        HttpResponse<String> response = api.put("/api/v1/pricing/book/" + sku, """
                {"currency":"XYZ","listPrice":"-1","price":"9.00","unitCost":"10.00","mapPrice":"9.50",
                 "floorPrice":"30","ceilingPrice":"20","minMargin":0.2,"reason":"typo"}""", Map.of());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("listPrice");

        HttpResponse<String> rules = api.put("/api/v1/pricing/book/" + sku, """
                {"currency":"XYZ","listPrice":"10","price":"9.00","unitCost":"10.00","mapPrice":"9.50",
                 "floorPrice":"30","ceilingPrice":"20","minMargin":0.2,"reason":"typo"}""", Map.of());
        assertThat(rules.statusCode()).isEqualTo(400);
        assertThat(fields(rules)).containsExactly("currency", "floorPrice", "price", "price", "price");
        assertThat(rules.body()).contains("minimum advertised price 9.50", "at least 12.50");
        assertThat(api.get("/api/v1/pricing/book/" + sku).statusCode()).isEqualTo(404);
    }

    @Test
    void refusesANonFinitePrice() throws Exception {
        HttpResponse<String> response = api.put("/api/v1/pricing/book/" + sku, """
                {"currency":"EUR","listPrice":"10","price":"NaN","reason":"x"}""", Map.of());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("price");
    }

    @Test
    void importsAFileWholeOrReportsEveryProblemByLineAndImportsNothing() throws Exception {
        String a = sku + "-a";
        String b = sku + "-b";
        HttpResponse<String> bad = api.postCsv("/api/v1/pricing/book/imports", """
                sku,currency,list_price,price,unit_cost,floor_price,ceiling_price
                %s,EUR,20.00,15.00,8.00,10,30
                %s,EUR,20.00,abc,8.00,,
                %s,EUR,20.00,15.00,8.00,40,30
                """.formatted(a, b, b), Map.of());

        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(body(bad).get("line").asInt()).isEqualTo(3);
        assertThat(fields(bad)).containsExactly("line 3: price", "line 4: floor_price", "line 4: price");
        assertThat(api.get("/api/v1/pricing/prices/" + a).statusCode()).isEqualTo(404);

        HttpResponse<String> good = api.postCsv("/api/v1/pricing/book/imports?reason=spring%20list", """
                sku,currency,list_price,price,unit_cost,category,price_ending
                %s,EUR,20.00,15.00,8.00,mugs,ending_99
                %s,EUR,"1,000.00",15.00,8.00,mugs,
                """.formatted(a, b), Map.of("X-Actor", "importer"));
        assertThat(good.statusCode()).isEqualTo(400);
        assertThat(fields(good)).containsExactly("line 3: list_price");

        HttpResponse<String> fixed = api.postCsv("/api/v1/pricing/book/imports?reason=spring%20list", """
                sku,currency,list_price,price,unit_cost,category,price_ending
                %s,EUR,20.00,15.00,8.00,mugs,ending_99
                %s,EUR,1000.00,15.00,8.00,mugs,
                """.formatted(a, b), Map.of("X-Actor", "importer"));
        assertThat(fixed.statusCode()).as(fixed.body()).isEqualTo(200);
        assertThat(body(fixed).get("changed").asInt()).isEqualTo(2);
        assertThat(body(api.get("/api/v1/pricing/prices/" + b)).get("listPrice").get("amount").asString())
                .isEqualTo("1000.00");
        assertThat(body(api.get("/api/v1/pricing/book/" + a + "/changes")).get(0).get("actor").asString())
                .isEqualTo("importer");

        HttpResponse<String> again = api.postCsv("/api/v1/pricing/book/imports", """
                sku,currency,list_price,price,unit_cost,category,price_ending
                %s,EUR,20.00,15.00,8.00,mugs,ENDING_99
                """.formatted(a), Map.of());
        assertThat(body(again).get("unchanged").asInt()).isEqualTo(1);
    }
}
