package io.shopmind.suite;

import static io.shopmind.suite.TestSuite.awaitJob;
import static io.shopmind.suite.TestSuite.body;
import static io.shopmind.suite.TestSuite.gateway;
import static io.shopmind.suite.TestSuite.get;
import static io.shopmind.suite.TestSuite.post;
import static io.shopmind.suite.TestSuite.send;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The operations team's pricing flow through the gateway: a price book and sales history with prices imported,
 * stock and a competitor's price recorded, a pricing run that reads the live sales (forecast-service) and stock
 * (inventory-service), and an approved proposal that changes the storefront's price and reaches the gateway's event
 * intake as {@code PriceChanged}.
 */
class PricingFlowTest {

    @Test
    void goesFromImportedHistoryToAnApprovedPriceChange() throws Exception {
        String sku = "price-e2e-" + UUID.randomUUID();
        HttpResponse<String> book = send(gateway("/api/v1/pricing/book/imports?reason=spring%20list"), "POST",
                "text/csv", """
                        sku,currency,list_price,price,unit_cost,floor_price,ceiling_price,price_ending,category
                        %s,EUR,24.99,20.00,9.00,12.00,40.00,ENDING_99,mugs
                        """.formatted(sku), Map.of("X-Actor", "anna"));
        assertThat(book.statusCode()).as(book.body()).isEqualTo(200);

        // 120 days of sales at prices moving every two weeks, from demand with elasticity -2.5
        Random random = new Random(42);
        StringBuilder csv = new StringBuilder("unique_id,ds,y,price,promo\n");
        LocalDate start = LocalDate.now(ZoneOffset.UTC).minusDays(120);
        double level = 1;
        for (int d = 0; d < 120; d++) {
            if (d % 14 == 0) {
                level = 0.85 + 0.3 * random.nextDouble();
            }
            double price = Math.round(20 * level * 100) / 100.0;
            double mean = 20 * Math.pow(level, -2.5);
            csv.append(String.format(Locale.ROOT, "%s,%s,%d,%.2f,0%n", sku, start.plusDays(d), poisson(mean, random),
                    price));
        }
        JsonNode sales = awaitJob(send(gateway("/api/v1/forecasts/imports?frequency=daily"), "POST", "text/csv",
                csv.toString(), Map.of()));
        assertThat(sales.get("state").asString()).as(sales.toString()).isEqualTo("SUCCEEDED");

        assertThat(send(gateway("/api/v1/inventory/skus/" + sku), "PUT", "application/json", """
                {"currency":"EUR","unitCost":"9.00","orderingCost":"40.00","holdingCostRate":0.25,
                 "serviceLevel":0.95,"leadTimeMeanDays":7,"leadTimeSdDays":2,"moq":8,"casePack":4,
                 "unitVolume":0.01,"supplier":"acme","supplierMinOrderValue":"0"}""", Map.of()).statusCode())
                .isEqualTo(200);
        assertThat(send(gateway("/api/v1/inventory/movements"), "POST", "application/json", """
                {"lines":[{"kind":"RECEIPT","sku":"%s","warehouse":"main","quantity":300}]}""".formatted(sku),
                Map.of("Idempotency-Key", UUID.randomUUID().toString())).statusCode()).isEqualTo(201);
        HttpResponse<String> observed = post(gateway("/api/v1/events"), """
                {"events":[{"eventId":"%s","type":"CompetitorPriceObserved","occurredAt":"%s",
                 "payload":{"sku":"%s","competitor":"rival","price":{"amount":"19.49","currency":"EUR"}}}]}"""
                .formatted(UUID.randomUUID(), Instant.now().minusSeconds(60), sku));
        assertThat(observed.statusCode()).as(observed.body()).isEqualTo(202);

        JsonNode job = awaitJob(post(gateway("/api/v1/pricing/runs"), """
                {"skus":["%s"],"maxChangePerDay":0.1}""".formatted(sku)));
        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
        JsonNode run = body(get(gateway(job.get("result").asString())));
        assertThat(run.get("proposals").asInt()).as(run.toString()).isEqualTo(1);
        JsonNode proposal = body(get(gateway("/api/v1/pricing/proposals?runId=" + run.get("id").asString()))).get(0);
        JsonNode reason = proposal.get("reason");
        assertThat(reason.get("data").get("sales").asString()).isEqualTo("live");
        assertThat(reason.get("data").get("salesDays").asInt()).isEqualTo(120);
        assertThat(reason.get("data").get("stock").asString()).isEqualTo("live");
        assertThat(reason.get("data").get("stockOnHand").asLong()).isEqualTo(300);
        assertThat(reason.get("elasticity").get("elasticity").asDouble()).isBetween(-3.5, -1.5);
        assertThat(reason.get("competitors").get("lowest").asDouble()).isEqualTo(19.49);
        // the optimum (about 9 · 2.5 / 1.5 = 15) is held to 10 % a day, then ended in .99
        assertThat(reason.get("guardrails").get("binding").asString()).isEqualTo("MAX_CHANGE_PER_DAY");
        assertThat(proposal.get("proposedPrice").asString()).isEqualTo("17.99");

        HttpResponse<String> approved = send(gateway("/api/v1/pricing/proposals/" + proposal.get("id").asLong()
                + "/approve"), "POST", "application/json", "{\"note\":\"ok\"}", Map.of("X-Actor", "ops-lead"));
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);

        JsonNode price = body(get(gateway("/api/v1/pricing/prices/" + sku)));
        assertThat(price.get("price").get("amount").asString()).isEqualTo("17.99");
        JsonNode prices = body(post(gateway("/api/v1/pricing/prices/query"), "{\"skus\":[\"" + sku + "\"]}"));
        assertThat(prices.get("prices").get(0).get("price").get("amount").asString()).isEqualTo("17.99");
        JsonNode change = body(get(gateway("/api/v1/pricing/book/" + sku + "/changes"))).get(0);
        assertThat(change.get("actor").asString()).isEqualTo("ops-lead");

        // the outbox publishes PriceChanged to the gateway, which delivers it to every service's intake
        UUID eventId = awaitPublished(sku);
        assertThat(processedBy("forecast", eventId)).isTrue();
    }

    private static UUID awaitPublished(String sku) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try (Connection connection = TestSuite.running().embeddedDatabase().adminDataSource().getConnection();
                    PreparedStatement statement = connection.prepareStatement("""
                            SELECT event_id FROM pricing.outbox_event WHERE type = 'PriceChanged'
                            AND payload->>'sku' = ? AND payload->'price'->>'amount' = '17.99' AND sent_at IS NOT NULL""")) {
                statement.setString(1, sku);
                try (ResultSet rs = statement.executeQuery()) {
                    if (rs.next()) {
                        return rs.getObject(1, UUID.class);
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("PriceChanged for " + sku + " was not published within 30 s");
    }

    private static boolean processedBy(String schema, UUID eventId) throws Exception {
        try (Connection connection = TestSuite.running().embeddedDatabase().adminDataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT type FROM " + schema + ".processed_event WHERE event_id = ?")) {
            statement.setObject(1, eventId);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getString(1).equals("PriceChanged");
            }
        }
    }

    private static int poisson(double mean, Random random) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int k = 0;
        while (product > limit) {
            product *= random.nextDouble();
            k++;
        }
        return k;
    }
}
