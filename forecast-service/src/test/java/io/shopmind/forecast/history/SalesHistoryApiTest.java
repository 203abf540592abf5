package io.shopmind.forecast.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopmind.database.EmbeddedDatabaseInitializer;
import io.shopmind.forecast.ForecastApi;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedDatabaseInitializer.class)
class SalesHistoryApiTest {

    private static final JsonMapper json = JsonMapper.builder().build();

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private ForecastApi api;

    @BeforeEach
    void connect() {
        api = new ForecastApi(port);
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
        return api.send(method, path, contentType, body);
    }

    private JsonNode imported(String path, String contentType, String body) throws Exception {
        return api.imported(path, contentType, body);
    }

    private static String id(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    private long observations(String... series) {
        return jdbc.queryForObject("SELECT count(*) FROM observation WHERE series_id = ANY(?)", Long.class,
                (Object) series);
    }

    @Test
    void importsALongFormatFileAndFillsMissingDaysWithZero() throws Exception {
        String a = id("sku");
        String b = id("sku");
        String csv = "unique_id,ds,y,price,promo\n"
                + a + ",2024-01-01,3,9.99,0\n"
                + a + ",2024-01-02,5,9.99,1\n"
                + a + ",2024-01-04,2,,\n"
                + b + ",2024-01-01,7,1.50,false\n";

        JsonNode job = imported("/api/v1/forecasts/imports", "text/csv", csv);

        assertThat(job.get("state").asString()).isEqualTo("SUCCEEDED");
        JsonNode receipt = job.get("summary");
        assertThat(receipt.get("rows").asLong()).isEqualTo(4);
        assertThat(receipt.get("series").asLong()).isEqualTo(2);
        assertThat(receipt.get("changed").asLong()).isEqualTo(4);
        assertThat(receipt.get("filled").asLong()).isEqualTo(1);
        JsonNode history = json.readTree(send("GET", "/api/v1/forecasts/series/" + a + "/history", null, null).body());
        assertThat(history.get("frequency").asString()).isEqualTo("daily");
        assertThat(history.get("points")).hasSize(4);
        assertThat(history.get("points").get(1).get("price").asDouble()).isEqualTo(9.99);
        assertThat(history.get("points").get(1).get("promo").asBoolean()).isTrue();
        assertThat(history.get("points").get(2).get("ds").asString()).isEqualTo("2024-01-03");
        assertThat(history.get("points").get(2).get("y").asDouble()).isZero();
    }

    @Test
    void importingTheSameFileTwiceChangesNothing() throws Exception {
        String a = id("sku");
        String csv = "unique_id,ds,y\n" + a + ",2024-02-01,1\n" + a + ",2024-02-02,4\n" + a + ",2024-02-05,2\n";
        imported("/api/v1/forecasts/imports?fillMissing=none", "text/csv", csv);
        String before = send("GET", "/api/v1/forecasts/series/" + a + "/history", null, null).body();

        JsonNode again = imported("/api/v1/forecasts/imports?fillMissing=none", "text/csv", csv);

        assertThat(again.get("summary").get("changed").asLong()).isZero();
        assertThat(send("GET", "/api/v1/forecasts/series/" + a + "/history", null, null).body()).isEqualTo(before);
        assertThat(observations(a)).isEqualTo(3);
    }

    @Test
    void aBadLineFailsTheImportWithAProblemNamingTheLineAndWritesNothing() throws Exception {
        String a = id("sku");
        String good = "unique_id,ds,y\n" + a + ",2024-03-01,1\n" + a + ",2024-03-02,2\n";
        String[][] cases = {
                {a + ",2024-03-03,-1\n", "y"},
                {a + ",2024-03-33,1\n", "ds"},
                {a + ",2024-03-03,many\n", "y"},
                {a + ",2024-03-01,1\n", "ds"},
                {a + ",2024-03-03\n", "y"}};
        for (String[] bad : cases) {
            JsonNode job = imported("/api/v1/forecasts/imports", "text/csv", good + bad[0]);

            assertThat(job.get("state").asString()).as(bad[0]).isEqualTo("FAILED");
            JsonNode problem = job.get("problem");
            assertThat(problem.get("line").asLong()).isEqualTo(4);
            assertThat(problem.get("detail").asString()).startsWith("Line 4: ");
            assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(bad[1]);
        }
        assertThat(observations(a)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM series WHERE id = ?", Long.class, a)).isZero();
    }

    @Test
    void importsAMultipartFileWithItsFrequencyAndSeasonLength() throws Exception {
        String a = id("store");
        String boundary = "b" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"sales.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nunique_id,ds,y\n" + a + ",2024-01-01,10\n" + a + ",2024-03-01,12\n"
                + "\r\n--" + boundary + "--\r\n";

        JsonNode job = imported("/api/v1/forecasts/imports?frequency=monthly&seasonLength=4",
                "multipart/form-data; boundary=" + boundary, body);

        assertThat(job.get("summary").get("filled").asLong()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT seasonal_period FROM series WHERE id = ?", Integer.class, a)).isEqualTo(4);
        JsonNode history = json.readTree(send("GET", "/api/v1/forecasts/series/" + a + "/history", null, null).body());
        assertThat(history.get("frequency").asString()).isEqualTo("monthly");
        assertThat(history.get("points").get(1).get("ds").asString()).isEqualTo("2024-02-01");
    }

    @Test
    void storesASmallJsonBatchAndListsTheSeries() throws Exception {
        String a = id("aaa");
        HttpResponse<String> response = send("POST", "/api/v1/forecasts/series/" + a + "/history", "application/json", """
                {"frequency": "weekly", "points": [
                  {"ds": "2024-01-01", "y": 4, "price": "2.50", "promo": true},
                  {"ds": "2024-01-08", "y": 6}]}""");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).get("points")).hasSize(2);
        assertThat(jdbc.queryForObject("SELECT seasonal_period FROM series WHERE id = ?", Integer.class, a)).isEqualTo(52);
        JsonNode page = json.readTree(send("GET", "/api/v1/forecasts/series?size=500", null, null).body());
        assertThat(page.get("total").asLong())
                .isEqualTo(jdbc.queryForObject("SELECT count(*) FROM series", Long.class));
        // "aaa-" sorts before every other test's series, so it is on the first page
        assertThat(page.get("items").valueStream().map(s -> s.get("seriesId").asString())).contains(a);
    }

    @Test
    void aNegativeSaleInAJsonBatchIsAFieldError() throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/forecasts/series/" + id("x") + "/history",
                "application/json", "{\"points\": [{\"ds\": \"2024-01-01\", \"y\": -4}]}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("points[0].y");
    }

    @Test
    void anUnknownSeriesIsNotFound() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/forecasts/series/" + id("none") + "/history", null, null);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void ordersBecomeDailySalesPerSku() throws Exception {
        String sku = id("sku");
        String event = """
                {"eventId": "%s", "type": "OrderPlaced", "occurredAt": "%s",
                 "payload": {"orderId": "o-%s", "customerId": "c-1", "warehouse": "w-1",
                             "lines": [{"sku": "%s", "quantity": %d, "unitPrice": {"amount": "%s", "currency": "EUR"}}]}}""";
        String batch = "{\"events\": [" + String.join(",",
                event.formatted(UUID.randomUUID(), "2024-05-01T23:30:00Z", 1, sku, 2, "10.00"),
                event.formatted(UUID.randomUUID(), "2024-05-01T08:00:00Z", 2, sku, 3, "9.50"),
                event.formatted(UUID.randomUUID(), "2024-05-03T00:10:00+02:00", 3, sku, 1, "9.00"),
                event.formatted(UUID.randomUUID(), "2024-05-03T12:00:00Z", 4, sku, 4, "9.00")) + "]}";

        assertThat(send("POST", "/api/v1/forecasts/events", "application/json", batch).statusCode()).isEqualTo(202);
        assertThat(send("POST", "/api/v1/forecasts/events", "application/json", batch).statusCode()).isEqualTo(202);

        JsonNode points = json.readTree(send("GET", "/api/v1/forecasts/series/" + sku + "/history", null, null).body())
                .get("points");
        // 2024-05-03T00:10+02:00 is 2024-05-02 in UTC; the retried batch is not counted again
        assertThat(points.valueStream().map(p -> p.get("ds").asString() + "=" + p.get("y").asDouble()))
                .containsExactly("2024-05-01=5.0", "2024-05-02=1.0", "2024-05-03=4.0");
        assertThat(points.get(2).get("price").asDouble()).isEqualTo(9.0);
    }
}
