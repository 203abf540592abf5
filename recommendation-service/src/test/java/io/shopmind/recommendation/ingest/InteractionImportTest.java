package io.shopmind.recommendation.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.shopmind.database.EmbeddedDatabaseInitializer;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Interaction imports: a 202 with a job, COPY in one transaction, line numbers, and stored bad rows found and removed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedDatabaseInitializer.class)
class InteractionImportTest {

    private static final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void importingTheSameFileTwiceAddsNothingTheSecondTime() throws Exception {
        String u = "imp-" + UUID.randomUUID();
        String csv = """
                user_id,item_id,event_type,value,timestamp
                %1$s,sku-1,view,,1700000000
                %1$s,sku-2,add_to_cart,2,2023-11-14T22:13:21Z
                %1$s,sku-2,purchase,1,1700000100
                """.formatted(u);

        JsonNode first = awaitJob(post("csv", csv));
        JsonNode second = awaitJob(post("csv", csv));

        assertThat(first.get("state").asString()).isEqualTo("SUCCEEDED");
        assertThat(first.get("message").asString()).isEqualTo("3 lines: 3 new, 0 already known");
        assertThat(second.get("message").asString()).isEqualTo("3 lines: 0 new, 3 already known");
        assertThat(second.get("summary").get("alreadyKnown").asLong()).isEqualTo(3);
        assertThat(jdbc.queryForList("SELECT kind FROM interaction WHERE customer_id = ? ORDER BY occurred_at",
                String.class, u)).containsExactly("view", "cart", "purchase");
    }

    @Test
    void readsMovieLensRatingsWithoutAContentType() throws Exception {
        String u = "ml-" + UUID.randomUUID();
        HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/api/v1/recommendations/imports?format=movielens"))
                .POST(HttpRequest.BodyPublishers.ofString(u + "\t242\t3\t881250949\n" + u + "\t302\t5\t891717742\n"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(awaitJob(accepted).get("state").asString()).isEqualTo("SUCCEEDED");
        assertThat(jdbc.queryForObject("SELECT sum(weight) FROM interaction WHERE customer_id = ?", Double.class, u))
                .isEqualTo(8.0);
    }

    @Test
    void aBadLineFailsTheJobWithItsLineNumberAndImportsNothing() throws Exception {
        String u = "bad-" + UUID.randomUUID();
        String csv = "user_id,item_id,event_type,value,timestamp\n" + u + ",sku-1,view,,1700000000\n"
                + u + ",sku-2,rating,1e308,1700000000\n";

        JsonNode job = awaitJob(post("csv", csv));

        assertThat(job.get("state").asString()).isEqualTo("FAILED");
        assertThat(job.get("problem").get("line").asLong()).isEqualTo(3);
        assertThat(job.get("error").asString()).startsWith("Line 3").contains("1000000");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM interaction WHERE customer_id = ?", Long.class, u))
                .isZero();
    }

    @Test
    void refusesAnIdLongerThanTheLimitWithItsLine() throws Exception {
        String csv = "user_id,item_id,event_type,value,timestamp\n" + "u".repeat(1_000_000) + ",sku-1,view,,1700000000\n";

        JsonNode job = awaitJob(post("csv", csv));

        assertThat(job.get("state").asString()).isEqualTo("FAILED");
        assertThat(job.get("problem").get("line").asLong()).isEqualTo(2);
    }

    @Test
    void holdsNoDatabaseConnectionWhileTheUploadArrives() throws Exception {
        PipedOutputStream client = new PipedOutputStream();
        InputStream body = new PipedInputStream(client, 1 << 16);
        CompletableFuture<HttpResponse<String>> answer = http.sendAsync(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/api/v1/recommendations/imports?format=csv"))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)).build(),
                HttpResponse.BodyHandlers.ofString());
        String u = "slow-" + UUID.randomUUID();
        client.write(("user_id,item_id,event_type,value,timestamp\n" + u + ",sku-1,view,,1700000000\n")
                .getBytes(StandardCharsets.UTF_8));
        client.flush();
        Thread.sleep(500);

        int active = ((HikariDataSource) dataSource).getHikariPoolMXBean().getActiveConnections();
        client.close();

        assertThat(active).as("connections in use while a client is still sending").isZero();
        assertThat(awaitJob(answer.get()).get("state").asString()).isEqualTo("SUCCEEDED");
    }

    @Test
    void findsAndRemovesStoredRowsThatTodaysRulesRefuse() throws Exception {
        String u = "old-" + UUID.randomUUID();
        jdbc.update("INSERT INTO interaction (customer_id, sku, kind, weight, occurred_at) VALUES (?, 'sku-1', "
                + "'rating', 'Infinity', now()), (?, 'sku-2', 'rating', 3, now())", u, u);

        try {
            assertFoundAndRemoved(u);
        } finally {
            jdbc.update("DELETE FROM interaction WHERE customer_id = ? AND weight = 'Infinity'", u);
        }
    }

    private void assertFoundAndRemoved(String u) throws Exception {
        JsonNode invalid = json.readTree(get("/api/v1/recommendations/interactions/invalid").body());
        assertThat(invalid.get("total").asLong()).isPositive();
        assertThat(invalid.get("items").toString()).contains(u).contains("weight Infinity");

        HttpResponse<String> removed = http.send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/api/v1/recommendations/interactions/invalid")).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(json.readTree(removed.body()).get("deleted").asLong()).isPositive();
        assertThat(jdbc.queryForList("SELECT sku FROM interaction WHERE customer_id = ?", String.class, u))
                .containsExactly("sku-2");
        assertThat(json.readTree(get("/api/v1/recommendations/interactions/invalid").body()).get("total").asLong())
                .isZero();
    }

    @Test
    void refusesAnUnknownFormat() throws Exception {
        HttpResponse<String> response = post("xml", "<a/>");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("errors").get(0).get("field").asString()).isEqualTo("format");
    }

    private JsonNode awaitJob(HttpResponse<String> accepted) throws Exception {
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        JsonNode job = json.readTree(get(location).body());
        for (int i = 0; i < 300 && !job.get("state").asString().matches("SUCCEEDED|FAILED|CANCELLED"); i++) {
            Thread.sleep(100);
            job = json.readTree(get(location).body());
        }
        return job;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String format, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/api/v1/recommendations/imports?format=" + format))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
