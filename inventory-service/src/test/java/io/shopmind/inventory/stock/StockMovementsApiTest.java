package io.shopmind.inventory.stock;

import static io.shopmind.inventory.InventoryApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import io.shopmind.database.EmbeddedDatabaseInitializer;
import io.shopmind.inventory.InventoryApi;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedDatabaseInitializer.class)
class StockMovementsApiTest {

    @Value("${local.server.port}")
    int port;

    InventoryApi api;
    String sku;

    @BeforeEach
    void setUp() throws Exception {
        api = new InventoryApi(port);
        sku = "sku-" + UUID.randomUUID();
        api.putSku(sku);
    }

    @Test
    void appliesMovementsAndShowsThePosition() throws Exception {
        HttpResponse<String> response = move(UUID.randomUUID().toString(), """
                {"lines":[{"kind":"RECEIPT","sku":"%1$s","quantity":20},
                          {"kind":"ISSUE","sku":"%1$s","quantity":3,"reason":"damaged"},
                          {"kind":"RESERVATION","sku":"%1$s","quantity":5}]}""".formatted(sku));

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode position = position();
        assertThat(position.get("onHand").asLong()).isEqualTo(17);
        assertThat(position.get("reserved").asLong()).isEqualTo(5);
        assertThat(position.get("available").asLong()).isEqualTo(12);
    }

    @Test
    void refusesStockGoingNegativeWith409AndAppliesNothing() throws Exception {
        move(UUID.randomUUID().toString(), receipt(10));

        HttpResponse<String> response = move(UUID.randomUUID().toString(), """
                {"lines":[{"kind":"RECEIPT","sku":"%1$s","quantity":5},
                          {"kind":"ISSUE","sku":"%1$s","quantity":16}]}""".formatted(sku));

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(body(response).get("type").asString()).endsWith("/conflict");
        assertThat(position().get("onHand").asLong()).isEqualTo(10);
    }

    @Test
    void answersAnUnknownSkuWithAProblemNamingTheLine() throws Exception {
        HttpResponse<String> response = move(UUID.randomUUID().toString(), """
                {"lines":[{"kind":"RECEIPT","sku":"%s","quantity":5},
                          {"kind":"RECEIPT","sku":"nobody-knows-%s","quantity":5}]}""".formatted(sku, UUID.randomUUID()));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(body(response).get("errors").get(0).get("field").asString()).isEqualTo("lines[1].sku");
        assertThat(body(api.get("/api/v1/inventory/positions?sku=" + sku))).isEmpty();
    }

    @Test
    void appliesARepeatedRequestOnce() throws Exception {
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = move(key, receipt(7));
        HttpResponse<String> again = move(key, receipt(7));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(body(again).get("replayed").asBoolean()).isTrue();
        assertThat(body(again).get("movements").get(0).get("id").asLong())
                .isEqualTo(body(first).get("movements").get(0).get("id").asLong());
        assertThat(position().get("onHand").asLong()).isEqualTo(7);
    }

    @Test
    void refusesAKeyReusedForADifferentRequest() throws Exception {
        String key = UUID.randomUUID().toString();
        move(key, receipt(7));

        assertThat(move(key, receipt(8)).statusCode()).isEqualTo(409);
        assertThat(position().get("onHand").asLong()).isEqualTo(7);
    }

    @Test
    void wantsAnIdempotencyKey() throws Exception {
        HttpResponse<String> response = api.post("/api/v1/inventory/movements", receipt(1));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    private HttpResponse<String> move(String key, String body) throws Exception {
        return api.post("/api/v1/inventory/movements", body, Map.of("Idempotency-Key", key));
    }

    private String receipt(int quantity) {
        return """
                {"lines":[{"kind":"RECEIPT","sku":"%s","quantity":%d}]}""".formatted(sku, quantity);
    }

    private JsonNode position() throws Exception {
        return body(api.get("/api/v1/inventory/positions?sku=" + sku + "&warehouse=main")).get(0);
    }
}
