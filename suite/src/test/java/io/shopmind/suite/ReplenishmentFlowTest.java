package io.shopmind.suite;

import static io.shopmind.suite.TestSuite.awaitJob;
import static io.shopmind.suite.TestSuite.body;
import static io.shopmind.suite.TestSuite.gateway;
import static io.shopmind.suite.TestSuite.get;
import static io.shopmind.suite.TestSuite.post;
import static io.shopmind.suite.TestSuite.send;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The operations team's replenishment flow through the gateway: sales history in, a forecast run, a planning run
 * that reads the live forecast, and an approved line that becomes a purchase order and stock on order.
 */
class ReplenishmentFlowTest {

    @Test
    void goesFromSalesHistoryToAnApprovedPurchaseOrder() throws Exception {
        String sku = "e2e-" + UUID.randomUUID();
        StringBuilder csv = new StringBuilder("unique_id,ds,y\n");
        LocalDate day = LocalDate.of(2026, 1, 1);
        for (int d = 0; d < 120; d++) {
            // ten a day on weekdays, twice that at weekends
            int sales = day.plusDays(d).getDayOfWeek().getValue() >= 6 ? 20 : 10;
            csv.append(sku).append(',').append(day.plusDays(d)).append(',').append(sales).append('\n');
        }
        JsonNode imported = awaitJob(send(gateway("/api/v1/forecasts/imports?frequency=daily"), "POST", "text/csv",
                csv.toString(), Map.of()));
        assertThat(imported.get("state").asString()).as(imported.toString()).isEqualTo("SUCCEEDED");

        JsonNode run = awaitJob(post(gateway("/api/v1/forecasts/runs"), """
                {"horizon":28,"series":["%s"],"models":["ETS","SNaive"]}""".formatted(sku)));
        assertThat(run.get("state").asString()).as(run.toString()).isEqualTo("SUCCEEDED");
        JsonNode forecast = body(get(gateway("/api/v1/forecasts/series/" + sku + "/forecast")));
        assertThat(forecast.get("points")).hasSize(28);

        assertThat(send(gateway("/api/v1/inventory/skus/" + sku), "PUT", "application/json", """
                {"currency":"EUR","unitCost":"10.00","orderingCost":"40.00","holdingCostRate":0.25,
                 "serviceLevel":0.95,"leadTimeMeanDays":7,"leadTimeSdDays":2,"moq":8,"casePack":4,
                 "unitVolume":0.01,"supplier":"acme","supplierMinOrderValue":"0"}""", Map.of()).statusCode())
                .isEqualTo(200);
        assertThat(send(gateway("/api/v1/inventory/movements"), "POST", "application/json", """
                {"lines":[{"kind":"RECEIPT","sku":"%s","warehouse":"main","quantity":20}]}""".formatted(sku),
                Map.of("Idempotency-Key", UUID.randomUUID().toString())).statusCode()).isEqualTo(201);

        JsonNode planJob = awaitJob(post(gateway("/api/v1/inventory/plans"), """
                {"warehouse":"main","skus":["%s"],"horizonWeeks":2}""".formatted(sku)));
        assertThat(planJob.get("state").asString()).as(planJob.toString()).isEqualTo("SUCCEEDED");
        JsonNode plan = body(get(gateway(planJob.get("result").asString())));
        JsonNode line = plan.get("lines").get(0);
        assertThat(line.get("forecastSource").asString()).isEqualTo("live");
        assertThat(line.get("quantity").asLong()).isPositive();

        HttpResponse<String> approved = post(gateway("/api/v1/inventory/plans/" + plan.get("id").asString()
                + "/approve"), "{\"lines\":[]}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(201);
        JsonNode position = body(get(gateway("/api/v1/inventory/positions?sku=" + sku + "&warehouse=main"))).get(0);
        assertThat(position.get("onOrder").asLong()).isPositive();
    }
}
