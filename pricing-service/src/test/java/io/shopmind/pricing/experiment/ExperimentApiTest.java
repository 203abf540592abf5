package io.shopmind.pricing.experiment;

import static io.shopmind.pricing.PricingApi.body;
import static io.shopmind.pricing.PricingApi.fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.shopmind.database.EmbeddedDatabaseInitializer;
import io.shopmind.pricing.PricingApi;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedDatabaseInitializer.class)
class ExperimentApiTest {

    @Value("${local.server.port}")
    int port;

    PricingApi api;
    String sku;

    @BeforeEach
    void setUp() throws Exception {
        api = new PricingApi(port);
        sku = "mug-" + UUID.randomUUID();
        api.putEntry(sku, "19.99");
    }

    @Test
    void choosesAPriceEachPeriodLearnsFromTheOrdersAndLogsThePropensities() throws Exception {
        HttpResponse<String> created = api.post("/api/v1/pricing/experiments", """
                {"name":"mug grid","sku":"%s","prices":["16.99","19.99","22.99"],"policy":"INVENTORY_TS_UPDATE",
                 "demand":"POISSON","inventory":100,"horizonPeriods":10,"periodMinutes":60}""".formatted(sku));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = body(created).get("id").asString();
        assertThat(body(created).get("state").asString()).isEqualTo("DRAFT");

        JsonNode started = body(api.post("/api/v1/pricing/experiments/" + id + "/start", ""));
        assertThat(started.get("state").asString()).isEqualTo("RUNNING");
        String offered = started.get("currentPrice").asString();
        assertThat(body(api.get("/api/v1/pricing/prices/" + sku)).get("price").get("amount").asString())
                .isEqualTo(offered);

        // three orders of 2 while the period runs, and one of another SKU
        for (String line : new String[] {sku, sku, sku, "other-sku"}) {
            assertThat(api.post("/api/v1/pricing/events", """
                    {"events":[{"eventId":"%s","type":"OrderPlaced","occurredAt":"%s","payload":{"orderId":"o",
                     "customerId":"c","lines":[{"sku":"%s","quantity":2,"unitPrice":{"amount":"%s","currency":"EUR"}}]}}]}"""
                    .formatted(UUID.randomUUID(), Instant.now(), line, offered)).statusCode()).isEqualTo(202);
        }
        JsonNode advanced = body(api.post("/api/v1/pricing/experiments/" + id + "/advance", ""));
        assertThat(advanced.get("periodsDone").asInt()).isEqualTo(1);
        assertThat(advanced.get("inventoryLeft").asDouble()).isEqualTo(94.0);
        assertThat(advanced.get("revenue").asDouble()).isCloseTo(6 * Double.parseDouble(offered), within(1e-9));
        JsonNode arm = null;
        for (JsonNode a : advanced.get("arms")) {
            if (a.get("price").asString().equals(offered)) {
                arm = a;
            }
        }
        // the Gamma(1, 0.1) prior and 6 units in one period: posterior mean (1 + 6) / 1.1
        assertThat(arm.get("units").asDouble()).isEqualTo(6.0);
        assertThat(arm.get("posteriorMeanDemand").asDouble()).isCloseTo(7 / 1.1, within(1e-9));
        assertThat(arm.get("offPolicyRevenue").asDouble()).isPositive();

        JsonNode periods = body(api.get("/api/v1/pricing/experiments/" + id + "/periods"));
        assertThat(periods).hasSize(2);
        double sum = 0;
        for (JsonNode p : periods.get(0).get("propensities")) {
            sum += p.asDouble();
        }
        assertThat(sum).isCloseTo(1.0, within(1e-9));
        assertThat(periods.get(0).get("propensity").asDouble()).isGreaterThan(0);

        JsonNode stopped = body(api.post("/api/v1/pricing/experiments/" + id + "/stop?reason=enough", ""));
        assertThat(stopped.get("state").asString()).isEqualTo("STOPPED");
        assertThat(api.post("/api/v1/pricing/experiments/" + id + "/advance", "").statusCode()).isEqualTo(409);
    }

    @Test
    void refusesAGridPriceTheBookForbids() throws Exception {
        HttpResponse<String> response = api.post("/api/v1/pricing/experiments", """
                {"name":"too low","sku":"%s","prices":["9.99","19.99"],"policy":"INVENTORY_TS_FIXED",
                 "demand":"BERNOULLI","horizonPeriods":10,"periodMinutes":60}""".formatted(sku));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(fields(response)).contains("prices[0]", "inventory");
        assertThat(response.body()).contains("9.99 is below the floorPrice 12.00");
    }
}
