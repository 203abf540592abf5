package io.shopmind.inventory.plan;

import static io.shopmind.inventory.InventoryApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import io.shopmind.database.EmbeddedDatabaseInitializer;
import io.shopmind.inventory.InventoryApi;
import io.shopmind.inventory.forecastclient.StandInForecastService;
import io.shopmind.model.service.ShopMindService;
import io.shopmind.servicesupport.client.ServiceUrls;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;

/**
 * Planning end to end over HTTP: forecasts from a stand-in forecast-service started on the address the service's
 * forecast client uses ({@link ServiceUrls}), so the shared context stays as it is.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedDatabaseInitializer.class)
class PlanningFlowTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    ServiceUrls urls;

    InventoryApi api;
    StandInForecastService forecasts;
    String warehouse;

    @BeforeEach
    void setUp() {
        api = new InventoryApi(port);
        warehouse = "wh-" + UUID.randomUUID();
        int forecastPort = urls.urlOf(ShopMindService.FORECAST).getPort();
        try {
            forecasts = StandInForecastService.start(forecastPort);
        } catch (IOException e) {
            Assumptions.abort("port " + forecastPort + " of the forecast client is taken: " + e.getMessage());
        }
    }

    @AfterEach
    void tearDown() {
        if (forecasts != null) {
            forecasts.close();
        }
    }

    @Test
    void plansFromTheLiveForecastAndApprovedLinesBecomeStockThroughReceipts() throws Exception {
        String sku = newSku();
        forecasts.put(sku, 70, 10, 3);
        forecasts.putLeadTimeDemand(sku, 70, 30);
        receive(sku, 20);

        JsonNode plan = runPlan("""
                {"warehouse":"%s","skus":["%s"],"horizonWeeks":1}""".formatted(warehouse, sku));

        assertThat(plan.get("status").asString()).isEqualTo("PROPOSED");
        JsonNode line = plan.get("lines").get(0);
        assertThat(line.get("forecastSource").asString()).isEqualTo("live");
        // the reorder point is the 95 % quantile of the lead-time demand forecast-service gave: 70 + 1.6449 · 30
        assertThat(line.get("reorderPoint").asDouble()).isCloseTo(70 + 1.644854 * 30,
                org.assertj.core.api.Assertions.within(1e-3));
        assertThat(line.get("leadTimeDemandBasis").asString()).isEqualTo("arima-exact");
        assertThat(line.get("onHand").asLong()).isEqualTo(20);
        assertThat(line.get("quantity").asLong()).isPositive();
        assertThat(line.get("quantity").asLong() % 4).isZero();
        assertThat(line.get("reason").asString()).contains("reorder point");

        assertThat(alertTypes(sku)).contains("BELOW_REORDER_POINT", "PROJECTED_STOCKOUT");

        HttpResponse<String> approved = api.post("/api/v1/inventory/plans/" + plan.get("id").asString()
                + "/approve", """
                {"lines":[{"lineId":%d,"quantity":100}]}""".formatted(line.get("id").asLong()));
        assertThat(approved.statusCode()).isEqualTo(201);
        JsonNode order = body(approved).get(0);
        assertThat(order.get("lines").get(0).get("quantityOrdered").asLong()).isEqualTo(100);
        assertThat(position(sku).get("onOrder").asLong()).isEqualTo(100);

        String receipts = "/api/v1/inventory/purchase-orders/" + order.get("id").asString() + "/receipts";
        JsonNode partial = body(api.post(receipts, """
                {"lines":[{"sku":"%s","quantity":40}]}""".formatted(sku)));
        assertThat(partial.get("status").asString()).isEqualTo("PARTIALLY_RECEIVED");
        assertThat(position(sku).get("onHand").asLong()).isEqualTo(60);
        assertThat(position(sku).get("onOrder").asLong()).isEqualTo(60);

        assertThat(api.post(receipts, """
                {"lines":[{"sku":"%s","quantity":61}]}""".formatted(sku)).statusCode()).isEqualTo(409);
        JsonNode whole = body(api.post(receipts, ""));
        assertThat(whole.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(position(sku).get("onHand").asLong()).isEqualTo(120);
        assertThat(position(sku).get("onOrder").asLong()).isZero();

        assertThat(api.post("/api/v1/inventory/plans/" + plan.get("id").asString() + "/approve", "")
                .statusCode()).isEqualTo(409);
    }

    @Test
    void fallsBackToTheStoredForecastWhenTheSourceIsDownAndSaysSo() throws Exception {
        String sku = newSku();
        String never = newSku();
        forecasts.put(sku, 70, 10, 3);
        runPlan("""
                {"warehouse":"%s","skus":["%s"],"horizonWeeks":2}""".formatted(warehouse, sku));

        forecasts.failing(true);
        JsonNode plan = runPlan("""
                {"warehouse":"%s","skus":["%s","%s"],"horizonWeeks":2}""".formatted(warehouse, sku, never));

        Map<String, JsonNode> bySku = new HashMap<>();
        plan.get("lines").forEach(l -> bySku.putIfAbsent(l.get("sku").asString(), l));
        assertThat(bySku.get(sku).get("forecastSource").asString()).isEqualTo("cached");
        assertThat(bySku.get(sku).get("forecastNote").asString()).contains("503", "stored");
        assertThat(bySku.get(sku).get("quantity").asLong()).isPositive();
        // the forecast came without a lead-time distribution: the normal rebuilt from its intervals stands in
        assertThat(bySku.get(sku).get("leadTimeDemandBasis").asString()).startsWith("normal from interval widths");
        assertThat(bySku.get(never).get("forecastSource").asString()).isEqualTo("none");
        assertThat(bySku.get(never).get("quantity").asLong()).isZero();
    }

    @Test
    void sharesABudgetAndReportsCostBoundAndGap() throws Exception {
        List<String> skus = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String sku = newSku();
            forecasts.put(sku, 84, 8 + 4 * i, 3);
            skus.add("\"" + sku + "\"");
        }

        JsonNode plan = runPlan("""
                {"warehouse":"%s","skus":[%s],"horizonWeeks":4,
                 "budgetPerWeek":{"amount":"900.00","currency":"EUR"},"volumeCapacity":50}"""
                .formatted(warehouse, String.join(",", skus)));

        assertThat(plan.get("method").asString()).isEqualTo("lagrangian");
        assertThat(plan.get("cost").asDouble()).isGreaterThanOrEqualTo(plan.get("lowerBound").asDouble());
        assertThat(plan.get("gap").asDouble()).isBetween(0.0, 1.0);
        assertThat(plan.get("quality").asString()).isIn("optimal", "feasible, not proven optimal");
        double[] spend = new double[4];
        plan.get("lines").forEach(l -> spend[l.get("week").asInt()] += l.get("quantity").asLong() * 10.0);
        for (double week : spend) {
            assertThat(week).isLessThanOrEqualTo(900.0);
        }
        assertThat(spend[0]).isPositive();
    }

    @Test
    void refusesUnknownSkusAndABudgetInAnotherCurrency() throws Exception {
        String sku = newSku();
        HttpResponse<String> unknown = api.post("/api/v1/inventory/plans", """
                {"skus":["%s","nobody-%s"]}""".formatted(sku, UUID.randomUUID()));
        HttpResponse<String> dollars = api.post("/api/v1/inventory/plans", """
                {"skus":["%s"],"budgetPerWeek":{"amount":"100","currency":"USD"}}""".formatted(sku));

        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(body(unknown).get("errors").get(0).get("field").asString()).isEqualTo("skus[1]");
        assertThat(dollars.statusCode()).isEqualTo(400);
        assertThat(body(dollars).get("errors").get(0).get("field").asString()).isEqualTo("budgetPerWeek.currency");
    }

    private String newSku() throws Exception {
        String sku = "sku-" + UUID.randomUUID();
        assertThat(api.putSku(sku).statusCode()).isEqualTo(200);
        return sku;
    }

    private void receive(String sku, int quantity) throws Exception {
        HttpResponse<String> response = api.post("/api/v1/inventory/movements", """
                {"lines":[{"kind":"RECEIPT","sku":"%s","warehouse":"%s","quantity":%d}]}"""
                .formatted(sku, warehouse, quantity), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(response.statusCode()).isEqualTo(201);
    }

    private JsonNode runPlan(String request) throws Exception {
        HttpResponse<String> accepted = api.post("/api/v1/inventory/plans", request);
        assertThat(accepted.statusCode()).isEqualTo(202);
        JsonNode job = api.awaitJob(accepted.headers().firstValue("Location").orElseThrow());
        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
        return body(api.get(job.get("result").asString()));
    }

    private JsonNode position(String sku) throws Exception {
        return body(api.get("/api/v1/inventory/positions?sku=" + sku + "&warehouse=" + warehouse)).get(0);
    }

    private List<String> alertTypes(String sku) throws Exception {
        List<String> types = new ArrayList<>();
        body(api.get("/api/v1/inventory/alerts?warehouse=" + warehouse)).forEach(alert -> {
            if (alert.get("sku").asString().equals(sku)) {
                types.add(alert.get("type").asString());
            }
        });
        return types;
    }
}
