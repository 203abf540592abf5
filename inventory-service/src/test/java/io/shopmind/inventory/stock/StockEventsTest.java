package io.shopmind.inventory.stock;

import static io.shopmind.inventory.InventoryApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import io.shopmind.database.EmbeddedDatabaseInitializer;
import io.shopmind.inventory.InventoryApi;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedDatabaseInitializer.class)
class StockEventsTest {

    @Value("${local.server.port}")
    int port;

    InventoryApi api;
    String sku;

    @BeforeEach
    void setUp() {
        api = new InventoryApi(port);
        sku = "sku-" + UUID.randomUUID();
    }

    @Test
    void receiptsOrdersAndAdjustmentsMoveStock() throws Exception {
        HttpResponse<String> response = send(
                event("StockReceived", """
                        {"sku":"%s","warehouse":"north","quantity":50}""".formatted(sku)),
                event("OrderPlaced", """
                        {"orderId":"o-1","customerId":"c-1","warehouse":"north",
                         "lines":[{"sku":"%s","quantity":3,"unitPrice":{"amount":"9.99","currency":"EUR"}}]}"""
                        .formatted(sku)),
                event("StockAdjusted", """
                        {"sku":"%s","warehouse":"north","delta":-2,"reason":"count"}""".formatted(sku)));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(position("north").get("onHand").asLong()).isEqualTo(45);
    }

    @Test
    void backordersWhatAnOrderTakesBeyondStockAndServesItFromTheNextReceipt() throws Exception {
        send(event("StockReceived", """
                {"sku":"%s","quantity":2}""".formatted(sku)));

        HttpResponse<String> response = send(event("OrderPlaced", order(sku, 5)));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(position("main").get("onHand").asLong()).isZero();
        assertThat(position("main").get("backordered").asLong()).isEqualTo(3);
        assertThat(body(api.get("/api/v1/inventory/shortfalls?sku=" + sku)).get(0).get("reason").asString())
                .isEqualTo("INSUFFICIENT_STOCK");

        send(event("StockReceived", """
                {"sku":"%s","quantity":10}""".formatted(sku)));
        assertThat(position("main").get("onHand").asLong()).isEqualTo(7);
        assertThat(position("main").get("backordered").asLong()).isZero();
    }

    @Test
    void deadLettersAWholeOrderWithAnUnknownSkuAndAppliesTheRestOfTheBatch() throws Exception {
        String unknown = "unknown-" + UUID.randomUUID();
        String order = event("OrderPlaced", """
                {"orderId":"o-mixed","customerId":"c-1","lines":[
                 {"sku":"%s","quantity":1,"unitPrice":{"amount":"1.00","currency":"EUR"}},
                 {"sku":"%s","quantity":2,"unitPrice":{"amount":"1.00","currency":"EUR"}}]}""".formatted(sku, unknown));
        HttpResponse<String> response = send(
                event("StockReceived", """
                        {"sku":"%s","quantity":4}""".formatted(sku)),
                order,
                event("StockReceived", """
                        {"sku":"%s","quantity":1}""".formatted(sku)));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(body(response).get("accepted").asInt()).isEqualTo(2);
        assertThat(body(response).get("deadLettered").asInt()).isEqualTo(1);
        // the order's known line was not applied either: whole or not at all
        assertThat(position("main").get("onHand").asLong()).isEqualTo(5);
        JsonNode letter = deadLetter(eventIdOf(order));
        assertThat(letter.get("reason").asString()).isEqualTo("unknown-sku");
        assertThat(letter.get("detail").asString()).contains(unknown);

        HttpResponse<String> stillUnknown = api.post("/api/v1/inventory/dead-letters/" + eventIdOf(order) + "/replay", "");
        assertThat(stillUnknown.statusCode()).isEqualTo(409);

        send(event("StockReceived", """
                {"sku":"%s","quantity":10}""".formatted(unknown)));
        HttpResponse<String> replayed = api.post("/api/v1/inventory/dead-letters/" + eventIdOf(order) + "/replay", "");
        assertThat(replayed.statusCode()).isEqualTo(200);
        assertThat(position("main").get("onHand").asLong()).isEqualTo(4);
        assertThat(deadLetter(eventIdOf(order))).isNull();
        assertThat(api.get("/actuator/prometheus").body())
                .contains("shopmind_events_dead_lettered_total{application=\"inventory-service\",reason=\"unknown-sku\"");
    }

    @Test
    void deadLettersACountThatWouldTakeStockBelowZero() throws Exception {
        send(event("StockReceived", """
                {"sku":"%s","quantity":3}""".formatted(sku)));
        String count = event("StockAdjusted", """
                {"sku":"%s","delta":-5,"reason":"count"}""".formatted(sku));

        send(count);

        assertThat(position("main").get("onHand").asLong()).isEqualTo(3);
        assertThat(deadLetter(eventIdOf(count)).get("reason").asString()).isEqualTo("stock-below-zero");
    }

    @Test
    void answersManySkusInOneCallAndNamesTheUnknownOnes() throws Exception {
        String other = "sku-" + UUID.randomUUID();
        String unknown = "unknown-" + UUID.randomUUID();
        send(event("StockReceived", """
                        {"sku":"%s","quantity":4}""".formatted(sku)),
                event("StockReceived", """
                        {"sku":"%s","warehouse":"north","quantity":7}""".formatted(other)));

        JsonNode byGet = body(api.get("/api/v1/inventory/positions?sku=" + sku + "&sku=" + other + "&sku=" + unknown));
        JsonNode byPost = body(api.post("/api/v1/inventory/positions/query", """
                {"skus":["%s","%s","%s"]}""".formatted(sku, other, unknown)));

        assertThat(byGet).hasSize(2);
        assertThat(byGet.get(0).get("available").asLong() + byGet.get(1).get("available").asLong()).isEqualTo(11);
        assertThat(byPost.get("positions")).hasSize(2);
        assertThat(byPost.get("unknown").get(0).asString()).isEqualTo(unknown);
        assertThat(byPost.get("unknown")).hasSize(1);
    }

    @Test
    void refusesAPositionsQueryBeyondItsBounds() throws Exception {
        HttpResponse<String> empty = api.post("/api/v1/inventory/positions/query", "{\"skus\":[]}");
        HttpResponse<String> control = api.post("/api/v1/inventory/positions/query", "{\"skus\":[\"a\\u0000b\"]}");

        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(body(empty).get("errors").get(0).get("field").asString()).isEqualTo("skus");
        assertThat(control.statusCode()).isEqualTo(400);
        assertThat(body(control).get("errors").get(0).get("field").asString()).startsWith("skus[0]");
    }

    @Test
    void aRepeatedBatchMovesStockOnce() throws Exception {
        String batch = batch(event("StockReceived", """
                {"sku":"%s","quantity":6}""".formatted(sku)));

        api.post("/api/v1/inventory/events", batch);
        api.post("/api/v1/inventory/events", batch);

        assertThat(position("main").get("onHand").asLong()).isEqualTo(6);
    }

    private JsonNode deadLetter(String eventId) throws Exception {
        for (JsonNode letter : body(api.get("/api/v1/inventory/dead-letters?limit=1000"))) {
            if (letter.get("eventId").asString().equals(eventId)) {
                return letter;
            }
        }
        return null;
    }

    private static String eventIdOf(String event) {
        return event.substring(event.indexOf("\"eventId\":\"") + 11, event.indexOf("\"eventId\":\"") + 47);
    }

    private static String order(String sku, int quantity) {
        return """
                {"orderId":"o-%s","customerId":"c-1",
                 "lines":[{"sku":"%s","quantity":%d,"unitPrice":{"amount":"1.00","currency":"EUR"}}]}"""
                .formatted(UUID.randomUUID(), sku, quantity);
    }

    private static String event(String type, String payload) {
        return """
                {"eventId":"%s","type":"%s","occurredAt":"2026-03-01T10:00:00Z","payload":%s}"""
                .formatted(UUID.randomUUID(), type, payload);
    }

    private static String batch(String... events) {
        return "{\"events\":[" + String.join(",", events) + "]}";
    }

    private HttpResponse<String> send(String... events) throws Exception {
        return api.post("/api/v1/inventory/events", batch(events));
    }

    private JsonNode position(String warehouse) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        body(api.get("/api/v1/inventory/positions?sku=" + sku)).forEach(found::add);
        return found.stream().filter(p -> p.get("warehouse").asString().equals(warehouse)).findFirst().orElseThrow();
    }
}
