package io.shopmind.pricing.run;

import static io.shopmind.pricing.PricingApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import io.shopmind.database.EmbeddedDatabaseInitializer;
import io.shopmind.model.forecast.SalesHistory;
import io.shopmind.model.forecast.SalesPoint;
import io.shopmind.pricing.PricingApi;
import io.shopmind.pricing.elasticity.SkuSales;
import io.shopmind.pricing.elasticity.SyntheticSales;
import io.shopmind.pricing.upstream.StoredCopies;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;

/**
 * A pricing run while forecast-service and inventory-service are down: it prices from the stored copies of their
 * last answers, says so on every proposal, and its proposals are approved or rejected. The live path runs through
 * the gateway in the suite's {@code PricingFlowTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedDatabaseInitializer.class)
class PricingRunApiTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    StoredCopies copies;

    @Autowired
    JdbcTemplate jdbc;

    PricingApi api;
    String category;
    List<String> skus;

    @BeforeEach
    void setUp() throws Exception {
        api = new PricingApi(port);
        category = "cat-" + UUID.randomUUID();
        skus = new ArrayList<>();
        MersenneTwister random = new MersenneTwister(11);
        Map<String, SalesHistory> histories = new java.util.HashMap<>();
        for (int i = 0; i < 4; i++) {
            String sku = category + "-" + i;
            skus.add(sku);
            SkuSales sales = SyntheticSales.categories(i, new double[] {-2.5}, 1, 0, 30).get(0).sales();
            // the history ends today, priced around the book's 20.00
            LocalDate end = LocalDate.now(java.time.ZoneOffset.UTC);
            List<SalesPoint> points = new ArrayList<>();
            double scale = 20.0 / sales.price()[sales.size() - 1];
            for (int d = 0; d < sales.size(); d++) {
                points.add(new SalesPoint(end.minusDays(sales.size() - 1 - d), sales.units()[d],
                        BigDecimal.valueOf(Math.round(sales.price()[d] * scale * 100) / 100.0), sales.promo()[d]));
            }
            histories.put(sku, new SalesHistory(sku, "daily", points));
            assertThat(api.put("/api/v1/pricing/book/" + sku, """
                    {"currency":"EUR","listPrice":"24.99","price":"20.00","unitCost":"9.00","floorPrice":"12.00",
                     "ceilingPrice":"40.00","priceEnding":"ENDING_99","category":"%s","reason":"setup"}"""
                    .formatted(category), Map.of()).statusCode()).isEqualTo(200);
            random.nextDouble();
        }
        copies.store("sales-history", histories, Instant.now().minusSeconds(3600));
    }

    @Test
    void proposesPricesWithTheirReasonsFromTheStoredCopiesAndAppliesTheApprovedOne() throws Exception {
        HttpResponse<String> started = api.post("/api/v1/pricing/runs",
                "{\"category\":\"" + category + "\",\"maxChangePerDay\":0.1}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        JsonNode job = api.awaitJob(started.headers().firstValue("Location").orElseThrow());
        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
        JsonNode run = body(api.get(job.get("result").asString()));
        assertThat(run.get("skus").asInt()).isEqualTo(4);
        assertThat(run.get("sources").get("sales stored").asInt()).isEqualTo(4);
        assertThat(run.get("proposals").asInt()).as(run.toString()).isEqualTo(4);

        JsonNode proposals = body(api.get("/api/v1/pricing/proposals?runId=" + run.get("id").asString()));
        JsonNode first = proposals.get(0);
        JsonNode reason = first.get("reason");
        // true elasticities around -2.5 and a cost of 9: the optimum is about 15, the daily limit stops at 18
        assertThat(reason.get("elasticity").get("source").asString()).isEqualTo("SHRUNK");
        assertThat(reason.get("elasticity").get("lower").asDouble()).isLessThan(reason.get("elasticity")
                .get("elasticity").asDouble());
        assertThat(reason.get("model").get("optimalPrice").asDouble()).isLessThan(18);
        assertThat(reason.get("guardrails").get("binding").asString()).isEqualTo("MAX_CHANGE_PER_DAY");
        assertThat(first.get("proposedPrice").asString()).isEqualTo("17.99");
        assertThat(reason.get("expected").get("change").get("units").asDouble()).isPositive();
        assertThat(reason.get("data").get("sales").asString()).isEqualTo("stored");
        assertThat(reason.get("data").get("salesNote").asString()).contains("forecast-service unavailable",
                "using the copy stored at");
        assertThat(reason.get("data").get("stock").asString()).isEqualTo("none");

        String sku = first.get("sku").asString();
        HttpResponse<String> approved = api.post("/api/v1/pricing/proposals/" + first.get("id").asLong() + "/approve",
                "{\"note\":\"looks right\"}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(body(approved).get("status").asString()).isEqualTo("APPROVED");
        assertThat(body(api.get("/api/v1/pricing/prices/" + sku)).get("price").get("amount").asString())
                .isEqualTo("17.99");
        assertThat(body(api.get("/api/v1/pricing/book/" + sku + "/changes")).get(0).get("reason").asString())
                .isEqualTo("proposal " + first.get("id").asLong() + " approved: looks right");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pricing.outbox_event WHERE payload->>'sku' = ? "
                + "AND payload->'price'->>'amount' = '17.99'", Integer.class, sku)).isEqualTo(1);
        assertThat(api.post("/api/v1/pricing/proposals/" + first.get("id").asLong() + "/approve", "")
                .statusCode()).isEqualTo(409);

        // a bulk decision naming a proposal that is not pending changes nothing
        long second = proposals.get(1).get("id").asLong();
        long third = proposals.get(2).get("id").asLong();
        HttpResponse<String> bulk = api.post("/api/v1/pricing/proposals/decisions",
                "{\"approve\":[" + second + "," + first.get("id").asLong() + "]}");
        assertThat(bulk.statusCode()).isEqualTo(409);
        assertThat(body(api.get("/api/v1/pricing/proposals/" + second)).get("status").asString()).isEqualTo("PENDING");
        HttpResponse<String> decided = api.post("/api/v1/pricing/proposals/decisions",
                "{\"approve\":[" + second + "],\"reject\":[" + third + "],\"note\":\"batch\"}");
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        assertThat(body(api.get("/api/v1/pricing/proposals/" + third)).get("status").asString()).isEqualTo("REJECTED");

        JsonNode elasticity = body(api.get("/api/v1/pricing/elasticities/" + sku));
        assertThat(elasticity.get("elasticity").asDouble()).isBetween(-3.5, -1.5);

        // 2,000 units in six weeks is far more than sells at 17.99, so the plan marks down at once and keeps going
        HttpResponse<String> markdown = api.post("/api/v1/pricing/markdowns", """
                {"sku":"%s","weeks":6,"discounts":[0,10,20,30,50],"salvagePerUnit":"2.00","stock":2000}""".formatted(sku));
        assertThat(markdown.statusCode()).as(markdown.body()).isEqualTo(200);
        JsonNode plan = body(markdown);
        assertThat(plan.get("weeks")).hasSize(6);
        assertThat(plan.get("priceNow").asDouble()).isLessThan(17.99);
        assertThat(plan.get("salesSource").asString()).isEqualTo("stored");
        for (int w = 1; w < 6; w++) {
            assertThat(plan.get("weeks").get(w).get("expectedPrice").asDouble())
                    .isLessThanOrEqualTo(plan.get("weeks").get(w - 1).get("expectedPrice").asDouble() + 1e-9);
        }
        HttpResponse<String> upward = api.post("/api/v1/pricing/markdowns", """
                {"sku":"%s","weeks":6,"discounts":[0,20,10],"stock":10}""".formatted(sku));
        assertThat(PricingApi.fields(upward)).containsExactly("discounts[2]");
    }

    @Test
    void saysWhyASkuGetsNoProposal() throws Exception {
        String lonely = "lonely-" + UUID.randomUUID();
        api.put("/api/v1/pricing/book/" + lonely, """
                {"currency":"EUR","listPrice":"24.99","price":"20.00","unitCost":"9.00","reason":"setup"}""", Map.of());
        JsonNode job = api.awaitJob(api.post("/api/v1/pricing/runs", "{\"skus\":[\"" + lonely + "\"]}").headers()
                .firstValue("Location").orElseThrow());
        JsonNode run = body(api.get(job.get("result").asString()));

        assertThat(run.get("proposals").asInt()).isZero();
        assertThat(run.get("skipped").get(0).get("reason").asString()).contains("no elasticity",
                "forecast-service unavailable", "no stored copy");
    }

    @Test
    void boundsTheRunRequest() throws Exception {
        HttpResponse<String> response = api.post("/api/v1/pricing/runs",
                "{\"historyDays\":5000,\"competitorRule\":{\"kind\":\"UNDERCUT\"}}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(PricingApi.fields(response)).containsExactlyInAnyOrder("historyDays", "competitorRule.kind");
    }
}
