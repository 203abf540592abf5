package io.shopmind.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopmind.database.EmbeddedDatabaseInitializer;
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
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway against stand-in services on real ports (routing, failures, health, API docs) and its event log on the
 * shared embedded PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.http.clients.read-timeout=1s")
@ContextConfiguration(initializers = EmbeddedDatabaseInitializer.class)
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
    void makesABatchDurableInTheLogWithoutAnyService() throws Exception {
        long head = head();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        HttpResponse<String> response = post("/api/v1/events", batch(first, second));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(body(response).get("received").asInt()).isEqualTo(2);
        assertThat(body(response).get("appended").asInt()).isEqualTo(2);
        JsonNode page = body(get("/internal/v1/events?consumer=gateway-test&after=" + head + "&limit=10"));
        assertThat(page.get("events")).hasSize(2);
        assertThat(page.get("events").get(0).get("eventId").asString()).isEqualTo(first.toString());
        assertThat(page.get("events").get(0).get("position").asLong()).isEqualTo(head + 1);
        assertThat(page.get("events").get(1).get("position").asLong()).isEqualTo(head + 2);
        assertThat(page.get("events").get(0).get("payload").get("sku").asString()).isEqualTo("A");
        assertThat(page.get("head").asLong()).isEqualTo(head + 2);
        for (StubService service : services) {
            assertThat(service.received).isEmpty();
        }
    }

    @Test
    void dropsEventsTheLogAlreadyHolds() throws Exception {
        UUID known = UUID.randomUUID();
        post("/api/v1/events", batch(known));
        long head = head();

        HttpResponse<String> again = post("/api/v1/events", batch(known, UUID.randomUUID()));

        assertThat(again.statusCode()).isEqualTo(202);
        assertThat(body(again).get("appended").asInt()).isEqualTo(1);
        assertThat(body(again).get("duplicates").asInt()).isEqualTo(1);
        assertThat(head()).isEqualTo(head + 1);
    }

    @Test
    void refusesABatchWithAnInvalidEventWholeNamingItsFieldAndId() throws Exception {
        long head = head();
        UUID bad = UUID.randomUUID();
        String order = """
                {"eventId":"%s","type":"OrderPlaced","occurredAt":"2026-03-01T10:00:00Z","payload":{"orderId":"o-1",
                 "customerId":"C-1","lines":[{"sku":"A","quantity":1,"unitPrice":{"amount":"NaN","currency":"EUR"}}]}}"""
                .formatted(bad);
        String good = """
                {"eventId":"%s","type":"ProductViewed","occurredAt":"2026-03-01T10:00:00Z","payload":{"sku":"A","sessionId":"s"}}"""
                .formatted(UUID.randomUUID());
        HttpResponse<String> response = post("/api/v1/events", "{\"events\":[" + good + "," + order + "]}");

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode error = body(response).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("events[1].payload.lines[0].unitPrice.amount");
        assertThat(error.get("eventId").asString()).isEqualTo(bad.toString());
        assertThat(head()).isEqualTo(head);
    }

    @Test
    void routesNeitherAServicesOwnIntakeNorInternalPaths() throws Exception {
        HttpResponse<String> intake = post("/api/v1/forecasts/events", batch(UUID.randomUUID()));
        HttpResponse<String> internal = get("/internal/v1/anything");

        assertThat(intake.statusCode()).isIn(404, 405);
        assertThat(internal.statusCode()).isEqualTo(404);
        assertThat(forecast().received).isEmpty();
        assertThat(get("/api/v1/forecasts/eventsandmore").statusCode()).isEqualTo(200);
    }

    @Test
    void showsEachServicesLagBehindTheLog() throws Exception {
        post("/api/v1/events", batch(UUID.randomUUID()));
        long head = head();
        get("/internal/v1/events?consumer=pricing-service&after=" + (head - 1) + "&limit=10");

        JsonNode lag = body(get("/api/v1/events/lag"));
        JsonNode pricing = null;
        for (JsonNode consumer : lag.get("consumers")) {
            if (consumer.get("consumer").asString().equals("pricing-service")) {
                pricing = consumer;
            }
        }
        assertThat(lag.get("consumers")).hasSize(5);
        assertThat(pricing.get("lag").asLong()).isEqualTo(lag.get("head").asLong() - head + 1);
        JsonNode health = body(get("/actuator/health")).at("/components/eventConsumers/components/pricing-service");
        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.at("/details/position").asLong()).isEqualTo(head - 1);
        assertThat(get("/actuator/prometheus").body()).contains("shopmind_events_lag{")
                .contains("service=\"pricing-service\"");
    }

    @Test
    void showsEveryPayloadSchemaInItsApi() throws Exception {
        JsonNode docs = body(get("/v3/api-docs"));

        JsonNode schemas = docs.at("/components/schemas");
        assertThat(schemas.has("OrderPlaced")).isTrue();
        assertThat(schemas.has("PriceChanged")).isTrue();
        assertThat(schemas.at("/EventEnvelope/properties/payload/oneOf")).hasSize(9);
        assertThat(schemas.at("/OrderLine/properties/quantity/maximum").asLong()).isEqualTo(1_000_000);
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

    private long head() throws Exception {
        return body(get("/api/v1/events/lag")).get("head").asLong();
    }

    private static String batch(UUID... ids) {
        StringBuilder events = new StringBuilder();
        for (UUID id : ids) {
            events.append(events.isEmpty() ? "" : ",").append("""
                    {"eventId":"%s","type":"ProductViewed","occurredAt":"2026-03-01T10:00:00Z","payload":{"sku":"A","customerId":"C-1"}}"""
                    .formatted(id));
        }
        return "{\"events\":[" + events + "]}";
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
