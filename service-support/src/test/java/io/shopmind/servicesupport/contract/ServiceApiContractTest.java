package io.shopmind.servicesupport.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopmind.database.EmbeddedDatabaseInitializer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service's OpenAPI document against the service itself, over real HTTP on the shared embedded PostgreSQL: the
 * document advertises no internal server, every operation answers one valid and one invalid call as the document
 * says, and seeded hostile calls (the same seed every run) never answer 5xx, always answer problems naming the
 * field, and, when refused, leave every table of the service's schema as it was. Same context as
 * {@link ServiceEdgeContractTest}, so a service pays for one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedDatabaseInitializer.class)
@Import(ServiceEdgeContractTest.ContractJob.class)
public abstract class ServiceApiContractTest {

    /** Hostile calls per operation: enough to try each kind of attack, few enough to finish in a minute. */
    protected static final int CASES_PER_OPERATION = 12;
    private static final long SEED = 20261201L;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("${local.server.port}")
    int port;

    @Value("${shopmind.service.schema}")
    String schema;

    @Autowired
    JdbcTemplate jdbc;

    private OpenApiDocument document() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base() + "/v3/api-docs")).build(), HttpResponse.BodyHandlers.ofString());
        return new OpenApiDocument(JSON.readTree(response.body()));
    }

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void advertisesNoInternalServer() throws Exception {
        JsonNode servers = document().json().get("servers");

        assertThat(servers).hasSize(1);
        assertThat(servers.get(0).get("url").asString()).isEqualTo("/");
    }

    @Test
    void declaresEveryErrorAsAProblem() throws Exception {
        OpenApiDocument document = document();
        for (OpenApiDocument.Operation operation : document.operations()) {
            assertThat(operation.responses().has("400")).as(operation.name()).isTrue();
            assertThat(operation.responses().get("500").get("content").has("application/problem+json"))
                    .as(operation.name()).isTrue();
            operation.responses().properties().forEach(response -> assertThat(document.resolve(response.getValue())
                    .path("content").has("*/*")).as(operation.name() + " " + response.getKey()).isFalse());
        }
    }

    @Test
    void everyOperationAnswersAValidAndAnInvalidCallAsItsDocumentSays() throws Exception {
        List<String> failures = new ApiProbe(document(), base()).truth(SEED);

        assertThat(failures).as("calls that disagree with the document").isEmpty();
    }

    @Test
    void hostileInputNeverBreaksTheServiceNorChangesWhatItStoredWhenRefused() throws Exception {
        List<String> failures = new ApiProbe(document(), base()).fuzz(SEED, CASES_PER_OPERATION, new StoredState(jdbc, schema)::digest);

        assertThat(failures).as("hostile calls that broke the service").isEmpty();
    }
}
