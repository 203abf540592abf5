package io.shopmind.servicesupport.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopmind.database.EmbeddedDatabaseInitializer;
import io.shopmind.servicesupport.job.JobHandler;
import io.shopmind.servicesupport.job.JobProgress;
import io.shopmind.servicesupport.job.JobQueue;
import io.shopmind.servicesupport.job.JobView;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every domain service promises at its HTTP edge. Each service runs it against itself, on the shared embedded
 * PostgreSQL, over real HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedDatabaseInitializer.class)
@Import(ServiceEdgeContractTest.ContractJob.class)
public abstract class ServiceEdgeContractTest {

    /** A job kind of the contract's own: four steps and a result link, or a domain failure. */
    public static class ContractJob implements JobHandler<ContractJob.Parameters> {

        public record Parameters(String pathSegment, boolean fail) {
        }

        @Override
        public String kind() {
            return "contract-check";
        }

        @Override
        public Class<Parameters> parametersType() {
            return Parameters.class;
        }

        @Override
        public String run(Parameters parameters, JobProgress progress) {
            if (parameters.fail()) {
                throw new IllegalStateException("no data to work on");
            }
            for (int i = 1; i <= 4; i++) {
                progress.report(i, 4, "step " + i);
            }
            return "/api/v1/" + parameters.pathSegment() + "/results/42";
        }
    }

    private static final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    int port;

    @Value("${shopmind.service.path-segment}")
    String pathSegment;

    @Value("${shopmind.service.schema}")
    String schema;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JobQueue jobs;

    @Test
    void acceptsAnEventBatchOnceAndIgnoresItWhenSentAgain() throws Exception {
        String batch = batchOf(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

        HttpResponse<String> first = post(eventsPath(), batch);
        HttpResponse<String> second = post(eventsPath(), batch);

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(body(first).get("accepted").asInt()).isEqualTo(3);
        assertThat(second.statusCode()).isEqualTo(202);
        assertThat(body(second).get("accepted").asInt()).isZero();
        assertThat(body(second).get("duplicates").asInt()).isEqualTo(3);
    }

    @Test
    void storesTheIdempotencyRecordInItsOwnSchema() throws Exception {
        UUID id = UUID.randomUUID();
        post(eventsPath(), batchOf(id));

        Integer rows = jdbc.queryForObject(
                "SELECT count(*) FROM " + schema + ".processed_event WHERE event_id = ?", Integer.class, id);
        assertThat(rows).isEqualTo(1);
    }

    @Test
    void countsARepeatedIdWithinOneBatchOnce() throws Exception {
        UUID id = UUID.randomUUID();
        HttpResponse<String> response = post(eventsPath(), batchOf(id, id));

        assertThat(body(response).get("accepted").asInt()).isEqualTo(1);
        assertThat(body(response).get("duplicates").asInt()).isEqualTo(1);
    }

    @Test
    void namesTheInvalidFieldsOfABatchAndStoresNothingOfIt() throws Exception {
        UUID good = UUID.randomUUID();
        UUID bad = UUID.randomUUID();
        String invalid = """
                {"events":[{"type":"OrderPlaced","occurredAt":"2026-01-01T00:00:00Z","payload":{}},
                 {"eventId":"%s","type":"ProductViewed","occurredAt":"2026-01-01T00:00:00Z","payload":{"sku":"A","sessionId":"s"}},
                 {"eventId":"%s","type":"AddedToCart","occurredAt":"2026-01-01T00:00:00Z","payload":{"sku":"A","sessionId":"s","quantity":0}}]}"""
                .formatted(good, bad);
        HttpResponse<String> response = post(eventsPath(), invalid);

        assertProblem(response, 422, "validation");
        assertThat(body(response).get("errors").toString()).contains("events[0].eventId")
                .contains("events[2].payload.quantity").contains(bad.toString());
        Integer stored = jdbc.queryForObject(
                "SELECT count(*) FROM " + schema + ".processed_event WHERE event_id = ?", Integer.class, good);
        assertThat(stored).isZero();
    }

    @Test
    void refusesAControlCharacterInAPayloadAsItReadsTheBatch() throws Exception {
        String invalid = """
                {"events":[{"eventId":"%s","type":"AddedToCart","occurredAt":"2026-01-01T00:00:00Z",
                 "payload":{"sku":"A\\u0000","sessionId":"s","quantity":1}}]}""".formatted(UUID.randomUUID());
        HttpResponse<String> response = post(eventsPath(), invalid);

        assertProblem(response, 400, "validation");
        assertThat(body(response).get("errors").get(0).get("field").asString()).isEqualTo("events[0].payload.sku");
    }

    @Test
    void listsItsDeadLetters() throws Exception {
        HttpResponse<String> response = get("/api/v1/" + pathSegment + "/dead-letters?limit=5");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body(response).isArray()).isTrue();
        assertProblem(post("/api/v1/" + pathSegment + "/dead-letters/" + UUID.randomUUID() + "/replay", ""), 404,
                "not-found");
    }

    @Test
    void namesAnUnknownEventType() throws Exception {
        String unknownType = """
                {"events":[{"eventId":"%s","type":"Teleported","occurredAt":"2026-01-01T00:00:00Z","payload":{}}]}"""
                .formatted(UUID.randomUUID());
        HttpResponse<String> response = post(eventsPath(), unknownType);

        assertProblem(response, 400, "validation");
        assertThat(body(response).get("errors").get(0).get("field").asString()).isEqualTo("events[0].type");
    }

    @Test
    void rejectsAnEmptyBatch() throws Exception {
        assertProblem(post(eventsPath(), "{\"events\":[]}"), 422, "validation");
    }

    @Test
    void answersMalformedJsonWithWhereItBroke() throws Exception {
        HttpResponse<String> response = post(eventsPath(), "{\"events\": [");

        assertProblem(response, 400, "malformed-request");
        assertThat(body(response).get("detail").asString()).contains("line 1");
    }

    @Test
    void refusesNulControlCharactersAndBrokenUtf8InParametersNamingThem() throws Exception {
        for (String value : new String[] {"1%00", "%1B%5B31m", "%FF%FE", "%C3"}) {
            HttpResponse<String> response = get("/api/v1/" + pathSegment + "/jobs?limit=" + value);

            assertProblem(response, 400, "validation");
            assertThat(body(response).get("errors").get(0).get("field").asString()).isEqualTo("limit");
        }
    }

    @Test
    void answersAnOutOfRangeParameterNamingIt() throws Exception {
        HttpResponse<String> response = get("/api/v1/" + pathSegment + "/jobs?limit=100000");

        assertProblem(response, 400, "validation");
        assertThat(body(response).get("errors").get(0).get("field").asString()).isEqualTo("limit");
    }

    @Test
    void answersAnUnknownPathWith404Problem() throws Exception {
        assertProblem(get("/api/v1/" + pathSegment + "/no-such-thing"), 404, "not-found");
    }

    @Test
    void answersAWrongMethodWith405Problem() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(eventsPath())).DELETE());

        assertProblem(response, 405, "method-not-allowed");
        assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("POST"));
    }

    @Test
    void answersAWrongMediaTypeWith415Problem() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(eventsPath()))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello")));

        assertProblem(response, 415, "unsupported-media-type");
    }

    @Test
    void refusesATooLargeBodyWith413Problem() throws Exception {
        byte[] huge = new byte[17 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(eventsPath()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(huge)));

        assertProblem(response, 413, "payload-too-large");
    }

    @Test
    void echoesTheClientsRequestIdAndCreatesOneOtherwise() throws Exception {
        HttpResponse<String> echoed = send(HttpRequest.newBuilder(uri("/actuator/health"))
                .header("X-Request-Id", "order-4711").GET());
        HttpResponse<String> created = get("/actuator/health");

        assertThat(echoed.headers().firstValue("X-Request-Id")).hasValue("order-4711");
        assertThat(created.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).hasSize(36));
    }

    @Test
    void putsTheRequestIdIntoProblems() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/" + pathSegment + "/nothing"))
                .header("X-Request-Id", "trace-me").GET());

        assertThat(body(response).get("requestId").asString()).isEqualTo("trace-me");
    }

    @Test
    void reportsHealthWithLivenessAndReadiness() throws Exception {
        assertThat(body(get("/actuator/health")).get("status").asString()).isEqualTo("UP");
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    @Test
    void exposesPrometheusMetricsAndInfo() throws Exception {
        post(eventsPath(), batchOf(UUID.randomUUID()));
        HttpResponse<String> metrics = get("/actuator/prometheus");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("shopmind_events_received_total").contains("jvm_memory_used_bytes");
        assertThat(body(get("/actuator/info")).get("app").get("schema").asString()).isEqualTo(schema);
    }

    @Test
    void runsAJobAndShowsItsProgressAndResult() throws Exception {
        JobView submitted = jobs.submit("contract-check", new ContractJob.Parameters(pathSegment, false));
        JsonNode job = body(get("/api/v1/" + pathSegment + "/jobs/" + submitted.id()));
        for (int attempt = 0; attempt < 50 && !job.get("state").asString().equals("SUCCEEDED"); attempt++) {
            Thread.sleep(100);
            job = body(get("/api/v1/" + pathSegment + "/jobs/" + submitted.id()));
        }

        assertThat(job.get("state").asString()).isEqualTo("SUCCEEDED");
        assertThat(job.get("progress").asDouble()).isEqualTo(1.0);
        assertThat(job.get("result").asString()).endsWith("/results/42");
        assertThat(get("/api/v1/" + pathSegment + "/jobs").statusCode()).isEqualTo(200);
    }

    @Test
    void reportsAFailedJobWithItsError() throws Exception {
        JobView submitted = jobs.submit("contract-check", new ContractJob.Parameters(pathSegment, true));
        JsonNode job = body(get("/api/v1/" + pathSegment + "/jobs/" + submitted.id()));
        for (int attempt = 0; attempt < 50 && !job.get("state").asString().equals("FAILED"); attempt++) {
            Thread.sleep(100);
            job = body(get("/api/v1/" + pathSegment + "/jobs/" + submitted.id()));
        }

        assertThat(job.get("state").asString()).isEqualTo("FAILED");
        assertThat(job.get("error").asString()).isEqualTo("no data to work on");
    }

    @Test
    void cancelsAQueuedOrFinishedJobAndAnswersAnUnknownOneWith404() throws Exception {
        JobView done = jobs.submit("contract-check", new ContractJob.Parameters(pathSegment, false));
        JsonNode finished = body(get("/api/v1/" + pathSegment + "/jobs/" + done.id()));
        for (int attempt = 0; attempt < 50 && !finished.get("state").asString().equals("SUCCEEDED"); attempt++) {
            Thread.sleep(100);
            finished = body(get("/api/v1/" + pathSegment + "/jobs/" + done.id()));
        }
        HttpResponse<String> cancelled = send(HttpRequest.newBuilder(uri("/api/v1/" + pathSegment + "/jobs/"
                + done.id())).DELETE());

        assertThat(cancelled.statusCode()).isEqualTo(200);
        assertThat(body(cancelled).get("state").asString()).isEqualTo("SUCCEEDED");
        assertProblem(send(HttpRequest.newBuilder(uri("/api/v1/" + pathSegment + "/jobs/" + UUID.randomUUID()))
                .DELETE()), 404, "not-found");
    }

    @Test
    void answersAnUnknownJobWith404Problem() throws Exception {
        assertProblem(get("/api/v1/" + pathSegment + "/jobs/" + UUID.randomUUID()), 404, "not-found");
        assertProblem(get("/api/v1/" + pathSegment + "/jobs/not-a-uuid"), 400, "validation");
    }

    @Test
    void publishesItsOpenApi() throws Exception {
        HttpResponse<String> response = get("/v3/api-docs");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body(response).get("paths").has(eventsPath())).isTrue();
    }

    private String eventsPath() {
        return "/api/v1/" + pathSegment + "/events";
    }

    private static String batchOf(UUID... ids) {
        StringBuilder events = new StringBuilder();
        for (UUID id : ids) {
            if (!events.isEmpty()) {
                events.append(',');
            }
            events.append("""
                    {"eventId":"%s","type":"ProductViewed","occurredAt":"%s","payload":{"sku":"SKU-1","customerId":"c1"}}"""
                    .formatted(id, Instant.parse("2026-03-01T10:00:00Z")));
        }
        return "{\"events\":[" + events + "]}";
    }

    private void assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(contentType -> assertThat(contentType).startsWith("application/problem+json"));
        JsonNode problem = body(response);
        assertThat(problem.get("type").asString()).endsWith("/problems/" + type);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(response.body()).doesNotContain("at org.springframework").doesNotContain("Exception");
    }

    private static JsonNode body(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
