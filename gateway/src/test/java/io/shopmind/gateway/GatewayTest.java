package io.shopmind.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The gateway against stand-in services on real ports: routing, failures, fan-out, health, API docs. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.http.clients.read-timeout=1s", "shopmind.gateway.timeouts.fan-out=3s"})
class GatewayTest {

    private static final JsonMapper json = JsonMapper.builder().build();
    private static final String[] NAMES = {"recommendation", "forecast", "inventory", "pricing", "support"};
    private static final StubService[] services = new StubService[NAMES.length];

    static {
        try {
            for (int i = 0; i < NAMES.length; i++) {
                services[i] = new StubService();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    int port;

    @DynamicPropertySource
    static void serviceUrls(DynamicPropertyRegistry registry) {
        for (int i = 0; i < NAMES.length; i++) {
            int index = i;
            registry.add("shopmind.services." + NAMES[i] + ".url", () -> services[index].url());
        }
    }

    @AfterAll
    static void stopServices() {
        for (StubService service : services) {
            service.close();
        }
    }

    @BeforeEach
    void allHealthy() {
        for (StubService service : services) {
            service.status = 200;
            service.delayMillis = 0;
            service.body = "{\"status\":\"UP\"}";
            service.received.clear();
        }
    }

    @Test
    void routesEachPrefixToItsServiceWithTheRequestId() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/forecasts/series?limit=5"))
                .header("X-Request-Id", "req-42").GET());

        assertThat(response.statusCode()).isEqualTo(200);
        StubService.Received received = forecast().received.get(0);
        assertThat(received.path()).isEqualTo("/api/v1/forecasts/series");
        assertThat(received.requestId()).isEqualTo("req-42");
        assertThat(response.headers().firstValue("X-Request-Id")).hasValue("req-42");
    }

    @Test
    void givesTheServiceTheIdItAnswersWithWhenTheClientSentNone() throws Exception {
        HttpResponse<String> response = get("/api/v1/inventory/positions");

        String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(inventory().received.get(0).requestId()).isEqualTo(requestId);
    }

    @Test
    void passesLargeBodiesOnWhole() throws Exception {
        String body = "{\"events\":[" + "{\"x\":1},".repeat(200_000) + "{\"x\":2}]}";

        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/forecasts/imports"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(forecast().received.get(0).body()).isEqualTo(body);
    }

    @Test
    void passesAServicesClientErrorsOnUnchanged() throws Exception {
        for (int status : new int[] {400, 404, 409, 413, 422}) {
            forecast().status = status;
            forecast().body = "{\"type\":\"https://shopmind.io/problems/validation\",\"status\":" + status + "}";
            HttpResponse<String> response = post("/api/v1/forecasts/series/A/history", "{\"points\":[]}");

            assertThat(response.statusCode()).isEqualTo(status);
            assertThat(body(response).get("status").asInt()).isEqualTo(status);
        }
    }

    @Test
    void answersABodyThatBreaksTheLimitWhilePassedOnWith413NotAnOutage() throws Exception {
        byte[] chunk = new byte[1 << 20];
        java.util.Arrays.fill(chunk, (byte) ' ');
        // no Content-Length: the limit is found while the body is being passed on
        HttpRequest.BodyPublisher chunked = HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofByteArrays(java.util.Collections.nCopies(20, chunk)));
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/support/conversations"))
                .header("Content-Type", "application/json").POST(chunked));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(body(response).get("type").asString()).endsWith("/problems/payload-too-large");
    }

    @Test
    void refusesANulInAParameterItself() throws Exception {
        HttpResponse<String> response = get("/api/v1/inventory/positions?sku=A%00B");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(body(response).get("errors").get(0).get("field").asString()).isEqualTo("sku");
        assertThat(inventory().received).isEmpty();
    }

    @Test
    void answers503ProblemWhenAServiceIsDown() throws Exception {
        pricing().stop();
        try {
            HttpResponse<String> response = get("/api/v1/pricing/prices");

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(body(response).get("type").asString()).endsWith("/problems/service-unavailable");
            assertThat(response.headers().firstValue("Retry-After")).isPresent();
        } finally {
            pricing().restart();
        }
    }

    @Test
    void answers504ProblemWhenAServiceIsTooSlow() throws Exception {
        inventory().delayMillis = 2_500;
        HttpResponse<String> response = get("/api/v1/inventory/positions");

        assertThat(response.statusCode()).isEqualTo(504);
        assertThat(body(response).get("type").asString()).endsWith("/problems/gateway-timeout");
    }

    @Test
    void deliversAnEventBatchToEveryService() throws Exception {
        for (int i = 0; i < NAMES.length; i++) {
            services[i].status = 202;
            services[i].body = "{\"service\":\"" + NAMES[i] + "\",\"received\":1,\"accepted\":1,\"duplicates\":0}";
        }
        HttpResponse<String> response = post("/api/v1/events", batch());

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(body(response).get("services")).hasSize(5);
        assertThat(forecast().received.get(0).path()).isEqualTo("/api/v1/forecasts/events");
        assertThat(support().received.get(0).path()).isEqualTo("/api/v1/support/events");
    }

    @Test
    void answers503NamingTheServicesThatDidNotAcceptABatch() throws Exception {
        for (StubService service : services) {
            service.status = 202;
            service.body = "{\"service\":\"x\",\"received\":1,\"accepted\":1,\"duplicates\":0}";
        }
        pricing().status = 500;
        pricing().body = "{}";
        HttpResponse<String> response = post("/api/v1/events", batch());

        assertThat(response.statusCode()).isEqualTo(503);
        JsonNode problem = body(response);
        assertThat(problem.get("failedServices")).hasSize(1);
        assertThat(problem.get("failedServices").get(0).get("service").asString()).isEqualTo("pricing-service");
        assertThat(problem.get("detail").asString()).contains("pricing-service");
    }

    @Test
    void rejectsAnInvalidBatchItselfWithFieldNames() throws Exception {
        HttpResponse<String> response = post("/api/v1/events", "{\"events\":[{\"type\":\"OrderPlaced\"}]}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(body(response).get("errors").toString()).contains("events[0].eventId");
        assertThat(forecast().received).isEmpty();
    }

    @Test
    void showsEachServicesHealth() throws Exception {
        support().status = 503;
        support().body = "{\"status\":\"DOWN\"}";
        JsonNode health = body(get("/actuator/health"));

        JsonNode components = health.get("components").get("services").get("components");
        assertThat(components.get("forecast-service").get("status").asString()).isEqualTo("UP");
        assertThat(components.get("support-bot-service").get("status").asString()).isEqualTo("DOWN");
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
    }

    @Test
    void listsEveryServicesApiOnOnePage() throws Exception {
        forecast().body = "{\"openapi\":\"3.1.0\",\"paths\":{}}";
        JsonNode config = body(get("/v3/api-docs/swagger-config"));

        assertThat(config.get("urls").toString()).contains("/openapi/forecasts").contains("/openapi/support");
        assertThat(body(get("/openapi/forecasts")).get("openapi").asString()).isEqualTo("3.1.0");
        assertThat(forecast().received.get(0).path()).isEqualTo("/v3/api-docs");
    }

    @Test
    void servesTheDashboard() throws Exception {
        HttpResponse<String> response = get("/");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("ShopMind operations");
    }

    @Test
    void answersAnUnknownPathWithAProblem() throws Exception {
        HttpResponse<String> response = get("/api/v2/nothing");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    private static StubService forecast() {
        return services[1];
    }

    private static StubService inventory() {
        return services[2];
    }

    private static StubService pricing() {
        return services[3];
    }

    private static StubService support() {
        return services[4];
    }

    private static String batch() {
        return """
                {"events":[{"eventId":"%s","type":"ProductViewed","occurredAt":"2026-03-01T10:00:00Z","payload":{"sku":"A"}}]}"""
                .formatted(UUID.randomUUID());
    }

    private static JsonNode body(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
