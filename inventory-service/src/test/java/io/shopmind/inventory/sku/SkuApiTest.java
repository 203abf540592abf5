package io.shopmind.inventory.sku;

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
class SkuApiTest {

    @Value("${local.server.port}")
    int port;

    InventoryApi api;

    @BeforeEach
    void setUp() {
        api = new InventoryApi(port);
    }

    @Test
    void storesParametersWithMoneyAsDecimalStrings() throws Exception {
        String sku = "sku-" + UUID.randomUUID();
        assertThat(api.putSku(sku).statusCode()).isEqualTo(200);

        JsonNode stored = body(api.get("/api/v1/inventory/skus/" + sku));
        assertThat(stored.get("unitCost").isString()).isTrue();
        assertThat(stored.get("unitCost").asString()).isEqualTo("10.00");
        assertThat(stored.get("casePack").asInt()).isEqualTo(4);
        assertThat(stored.get("serviceLevel").asDouble()).isEqualTo(0.95);
    }

    @Test
    void namesEveryInvalidField() throws Exception {
        HttpResponse<String> response = api.put("/api/v1/inventory/skus/sku-" + UUID.randomUUID(), """
                {"currency":"euro","unitCost":"-1","orderingCost":"5","holdingCostRate":0.2,
                 "serviceLevel":1.0,"leadTimeMeanDays":7,"leadTimeSdDays":-2,"moq":0,"casePack":0,
                 "unitVolume":0.1,"supplier":"acme"}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(body(response).get("type").asString()).endsWith("/validation");
        assertThat(fields(body(response))).contains("currency", "unitCost", "serviceLevel", "leadTimeSdDays",
                "casePack");
    }

    @Test
    void wantsAStockoutCostOrAServiceLevel() throws Exception {
        HttpResponse<String> response = api.put("/api/v1/inventory/skus/sku-" + UUID.randomUUID(), """
                {"currency":"EUR","unitCost":"1","orderingCost":"5","holdingCostRate":0.2,
                 "leadTimeMeanDays":7,"leadTimeSdDays":2,"moq":0,"casePack":1,"unitVolume":0.1,"supplier":"acme"}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(fields(body(response))).containsExactly("stockoutCostOrServiceLevel");
    }

    @Test
    void answersAnUnknownSkuWith404Problem() throws Exception {
        HttpResponse<String> response = api.get("/api/v1/inventory/skus/no-such-" + UUID.randomUUID());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(body(response).get("type").asString()).endsWith("/not-found");
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }
}
