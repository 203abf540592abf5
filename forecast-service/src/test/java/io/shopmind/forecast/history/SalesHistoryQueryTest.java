package io.shopmind.forecast.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopmind.database.EmbeddedDatabaseInitializer;
import io.shopmind.forecast.ForecastApi;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/v1/forecasts/history/query}: many series' histories with prices in one call, as pricing reads them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedDatabaseInitializer.class)
class SalesHistoryQueryTest {

    private static final JsonMapper json = JsonMapper.builder().build();
    @Value("${local.server.port}")
    int port;

    private ForecastApi api;

    @BeforeEach
    void connect() {
        api = new ForecastApi(port);
    }

    private HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        return api.send("POST", path, contentType, body);
    }

    @Test
    void answersManySeriesInTheOrderAskedWithPricesAndPromotionsAndLeavesOutUnknownOnes() throws Exception {
        String a = "sku-" + UUID.randomUUID();
        String b = "sku-" + UUID.randomUUID();
        api.importedSales("unique_id,ds,y,price,promo\n"
                + a + ",2024-01-01,3,9.99,0\n" + a + ",2024-01-02,5,8.99,1\n" + b + ",2024-01-01,7,1.50,false\n");

        HttpResponse<String> response = post("/api/v1/forecasts/history/query", "application/json",
                "{\"seriesIds\":[\"" + b + "\",\"no-such-series\",\"" + a + "\"],\"from\":\"2024-01-02\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode histories = json.readTree(response.body());
        assertThat(histories).hasSize(2);
        assertThat(histories.get(0).get("seriesId").asString()).isEqualTo(b);
        assertThat(histories.get(0).get("points")).isEmpty();
        JsonNode point = histories.get(1).get("points").get(0);
        assertThat(histories.get(1).get("frequency").asString()).isEqualTo("daily");
        assertThat(point.get("ds").asString()).isEqualTo("2024-01-02");
        assertThat(point.get("y").asDouble()).isEqualTo(5.0);
        assertThat(point.get("price").asString()).isEqualTo("8.9900");
        assertThat(point.get("promo").asBoolean()).isTrue();
    }

    @Test
    void boundsTheNumberOfSeries() throws Exception {
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i <= 500; i++) {
            ids.append(i == 0 ? "" : ",").append("\"s").append(i).append('"');
        }
        HttpResponse<String> response = post("/api/v1/forecasts/history/query", "application/json",
                "{\"seriesIds\":[" + ids + "]}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("errors").get(0).get("field").asString()).isEqualTo("seriesIds");
    }
}
