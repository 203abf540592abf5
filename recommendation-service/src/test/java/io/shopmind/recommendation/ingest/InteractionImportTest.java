package io.shopmind.recommendation.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopmind.database.EmbeddedDatabaseInitializer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
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
class InteractionImportTest {

    private static final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void importingTheSameFileTwiceAddsNothingTheSecondTime() throws Exception {
        String u = "imp-" + UUID.randomUUID();
        String csv = """
                user_id,item_id,event_type,value,timestamp
                %1$s,sku-1,view,,1700000000
                %1$s,sku-2,add_to_cart,2,2023-11-14T22:13:21Z
                %1$s,sku-2,purchase,1,1700000100
                """.formatted(u);

        JsonNode first = json.readTree(post("csv", csv).body());
        JsonNode second = json.readTree(post("csv", csv).body());

        assertThat(first.get("imported").asLong()).isEqualTo(3);
        assertThat(second.get("imported").asLong()).isZero();
        assertThat(second.get("alreadyKnown").asLong()).isEqualTo(3);
        assertThat(jdbc.queryForList("SELECT kind FROM interaction WHERE customer_id = ? ORDER BY occurred_at",
                String.class, u)).containsExactly("view", "cart", "purchase");
    }

    @Test
    void readsMovieLensRatings() throws Exception {
        String u = "ml-" + UUID.randomUUID();
        HttpResponse<String> response = post("movielens", u + "\t242\t3\t881250949\n" + u + "\t302\t5\t891717742\n");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT sum(weight) FROM interaction WHERE customer_id = ?", Double.class, u))
                .isEqualTo(8.0);
    }

    @Test
    void aBadLineRejectsTheWholeFileWithItsLineNumber() throws Exception {
        String u = "bad-" + UUID.randomUUID();
        String csv = "user_id,item_id,event_type,value,timestamp\n" + u + ",sku-1,view,,1700000000\n"
                + u + ",sku-2,teleport,1,1700000000\n";

        HttpResponse<String> response = post("csv", csv);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("line").asLong()).isEqualTo(3);
        assertThat(problem.get("detail").asString()).contains("Line 3").contains("teleport");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM interaction WHERE customer_id = ?", Long.class, u))
                .isZero();
    }

    @Test
    void refusesAnUnknownFormat() throws Exception {
        assertThat(post("xml", "<a/>").statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> post(String format, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/api/v1/recommendations/imports?format=" + format))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
