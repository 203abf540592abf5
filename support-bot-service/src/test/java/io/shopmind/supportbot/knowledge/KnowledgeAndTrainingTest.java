package io.shopmind.supportbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopmind.database.EmbeddedDatabaseInitializer;
import io.shopmind.servicesupport.contract.ServiceEdgeContractTest;
import io.shopmind.supportbot.FirstModel;
import io.shopmind.supportbot.model.ModelRepository;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The shop edits its knowledge and retrains; the report compares each intent with the model before. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedDatabaseInitializer.class)
// the contract tests' configuration: one context (and one first training) for the module
@Import(ServiceEdgeContractTest.ContractJob.class)
class KnowledgeAndTrainingTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    int port;

    @Autowired
    ModelRepository models;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void modelReady() throws InterruptedException {
        FirstModel.await(models);
    }

    @Test
    void aNewIntentServesAfterRetrainingAndTheReportNamesWhatChanged() throws Exception {
        HttpResponse<String> put = send("PUT", "/api/v1/support/intents/gift_wrapping", "application/json", """
                {"examples":["can you gift wrap my order","do you offer gift wrapping","I want it wrapped as a present",
                "is gift packaging available","add a gift message and wrapping","wrap it as a gift please",
                "can I get this gift-wrapped","how much is gift wrapping","礼品包装","可以帮我包装成礼物吗",
                "有礼品包装服务吗","能加贺卡和包装吗","想把它包成礼物","礼盒包装多少钱","送人的，能包装一下吗"]}""");
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);

        HttpResponse<String> accepted = send("POST", "/api/v1/support/models", "application/json", "");
        assertThat(accepted.statusCode()).isEqualTo(202);
        JsonNode job = await(accepted.headers().firstValue("Location").orElseThrow());
        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("SUCCEEDED");

        JsonNode report = body(get(job.get("result").asString()));
        assertThat(report.get("intents").asInt()).isEqualTo(15);
        JsonNode added = null;
        for (JsonNode change : report.get("changes")) {
            if (change.get("intent").asString().equals("gift_wrapping")) {
                added = change;
            }
        }
        assertThat(added).isNotNull();
        assertThat(added.get("previousF1").isNull()).isTrue();
        assertThat(report.get("validation").get("f1").has("gift_wrapping")).isTrue();

        JsonNode parsed = body(send("POST", "/api/v1/support/understanding/parse", "application/json",
                "{\"text\":\"could you gift wrap it for me?\"}"));
        assertThat(parsed.get("modelVersion").asInt()).isEqualTo(report.get("version").asInt());
        assertThat(parsed.get("intent").get("intent").asString()).isEqualTo("gift_wrapping");
    }

    @Test
    void keepsTheBytesOfTheLatestModelsOnlyAndEveryReport() {
        ModelRepository.StoredModel active = models.active().orElseThrow();
        int before = jdbc.queryForObject("SELECT count(*) FROM support.intent_model", Integer.class);
        int[] stored = new int[4];
        for (int i = 0; i < stored.length; i++) {
            stored[i] = models.nextVersion();
            models.storeActive(stored[i], active.model(), active.report());
        }
        int newest = stored[3];

        assertThat(jdbc.queryForObject("SELECT count(*) FROM support.intent_model", Integer.class))
                .isEqualTo(before + 4);
        assertThat(jdbc.queryForList("SELECT version FROM support.intent_model WHERE model IS NOT NULL "
                + "ORDER BY version", Integer.class)).containsExactly(stored[1], stored[2], newest);
        assertThat(models.active().orElseThrow().version()).isEqualTo(newest);
    }

    @Test
    void namesTheLineOfABadCsvImportAndAddsNothing() throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/support/intents/examples", "text/csv",
                "text,intent\nwhere is my order,order_status\njust one field\n");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(body(response).get("line").asInt()).isEqualTo(3);
    }

    @Test
    void importsNewExamplesAndSkipsKnownOnes() throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/support/intents/examples", "text/csv",
                "text,intent\nwhere is my order,order_status\n\"parcel, still missing\",order_status\n");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode receipt = body(response);
        assertThat(receipt.get("rows").asInt()).isEqualTo(2);
        assertThat(receipt.get("alreadyKnown").asInt()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void refusesAnArticleInAnUnknownLanguageNamingTheField() throws Exception {
        HttpResponse<String> response = send("PUT", "/api/v1/support/faq/gift-wrap", "application/json", """
                {"language":"fr","title":"Emballage","questions":[],"answer":"Oui."}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(body(response).get("errors").toString()).contains("language");
    }

    @Test
    void answersFromAnEditedArticleAtOnce() throws Exception {
        HttpResponse<String> put = send("PUT", "/api/v1/support/faq/opening-hours-en", "application/json", """
                {"language":"en","title":"Customer service opening hours","questions":["When is customer service open?",
                "What are your opening hours?"],"answer":"Our team answers Monday to Friday, 8 am to 6 pm."}""");
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);

        JsonNode articles = body(get("/api/v1/support/faq"));
        assertThat(articles.toString()).contains("opening-hours-en");
    }

    private JsonNode await(String location) throws Exception {
        JsonNode job = body(get(location));
        for (int i = 0; i < 1200 && !job.get("state").asString().matches("SUCCEEDED|FAILED"); i++) {
            Thread.sleep(250);
            job = body(get(location));
        }
        return job;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode body(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
