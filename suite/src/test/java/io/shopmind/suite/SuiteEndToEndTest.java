package io.shopmind.suite;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopmind.model.service.ShopMindService;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/** The whole suite in this JVM on embedded PostgreSQL, used as the storefront and the operations team would. */
class SuiteEndToEndTest {

    private static RunningSuite suite;

    @BeforeAll
    static void startSuite() {
        suite = TestSuite.running();
    }

    @Test
    void showsEveryServiceHealthyThroughTheGateway() throws Exception {
        JsonNode health = body(get(suite.gatewayUrl() + "/actuator/health"));

        assertThat(health.get("status").asString()).isEqualTo("UP");
        for (ShopMindService service : ShopMindService.values()) {
            assertThat(health.at("/components/services/components/" + service.applicationName() + "/status").asString())
                    .isEqualTo("UP");
        }
    }

    @ParameterizedTest
    @EnumSource(ShopMindService.class)
    void routesEachServicesPathsThroughTheGateway(ShopMindService service) throws Exception {
        HttpResponse<String> jobs = get(suite.gatewayUrl() + "/api/v1/" + service.pathSegment() + "/jobs");
        HttpResponse<String> docs = get(suite.gatewayUrl() + "/openapi/" + service.pathSegment());

        assertThat(jobs.statusCode()).isEqualTo(200);
        assertThat(body(docs).get("paths").has(service.eventsPath())).isTrue();
    }

    @ParameterizedTest
    @EnumSource(ShopMindService.class)
    void answersBadInputOnEveryServiceWithAProblem(ShopMindService service) throws Exception {
        HttpResponse<String> response = get(suite.gatewayUrl() + "/api/v1/" + service.pathSegment() + "/jobs/not-a-uuid");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(body(response).get("requestId").asString()).isNotBlank();
    }

    @ParameterizedTest
    @EnumSource(ShopMindService.class)
    void routesNoServicesOwnEventIntake(ShopMindService service) throws Exception {
        UUID id = UUID.randomUUID();
        HttpResponse<String> response = post(suite.gatewayUrl() + service.eventsPath(), batchOf(List.of(id)));

        assertThat(response.statusCode()).isIn(404, 405);
        assertThat(TestSuite.storedCount(service, List.of(id))).isZero();
    }

    @Test
    void exposesPrometheusMetricsOnEveryApp() throws Exception {
        List<String> apps = new ArrayList<>(List.of(suite.gatewayUrl()));
        for (ShopMindService service : ShopMindService.values()) {
            apps.add(suite.serviceUrl(service));
        }
        for (String app : apps) {
            HttpResponse<String> metrics = get(app + "/actuator/prometheus");
            assertThat(metrics.statusCode()).as(app).isEqualTo(200);
            assertThat(metrics.body()).as(app).contains("jvm_memory_used_bytes");
        }
    }

    @Test
    void takesAnEventBatchOnceEvenWhenSentTwiceAndEveryServiceAppliesIt() throws Exception {
        List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        String batch = batchOf(ids);

        HttpResponse<String> first = post(suite.gatewayUrl() + "/api/v1/events", batch);
        HttpResponse<String> again = post(suite.gatewayUrl() + "/api/v1/events", batch);
        TestSuite.awaitEventsApplied();

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(body(first).get("appended").asInt()).isEqualTo(3);
        assertThat(again.statusCode()).isEqualTo(202);
        assertThat(body(again).get("appended").asInt()).isZero();
        assertThat(body(again).get("duplicates").asInt()).isEqualTo(3);
        for (ShopMindService service : ShopMindService.values()) {
            assertThat(TestSuite.storedCount(service, ids)).as(service.name()).isEqualTo(3);
        }
    }

    @Test
    void keepsTakingEventsWhileAServiceIsDownAndItCatchesUpOnceBack() throws Exception {
        List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID());

        suite.stop(ShopMindService.PRICING);
        HttpResponse<String> whileDown;
        try {
            whileDown = post(suite.gatewayUrl() + "/api/v1/events", batchOf(ids));
            assertThat(TestSuite.storedCount(ShopMindService.PRICING, ids)).isZero();
        } finally {
            suite.start(ShopMindService.PRICING);
        }
        TestSuite.awaitEventsApplied();

        assertThat(whileDown.statusCode()).isEqualTo(202);
        for (ShopMindService service : ShopMindService.values()) {
            assertThat(TestSuite.storedCount(service, ids)).as(service.name()).isEqualTo(2);
        }
    }

    @Test
    void rejectsAnInvalidBatchAtTheGateway() throws Exception {
        HttpResponse<String> response = post(suite.gatewayUrl() + "/api/v1/events",
                "{\"events\":[{\"eventId\":\"not-a-uuid\",\"type\":\"OrderPlaced\"}]}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(body(response).get("errors").get(0).get("field").asString()).isEqualTo("events[0].eventId");
    }


    private static String batchOf(List<UUID> ids) {
        List<String> events = new ArrayList<>();
        for (UUID id : ids) {
            events.add("""
                    {"eventId":"%s","type":"OrderPlaced","occurredAt":"2026-03-01T10:00:00Z",
                     "payload":{"orderId":"o-%s","customerId":"c1","warehouse":"main",
                                "lines":[{"sku":"SKU-001","quantity":2,"unitPrice":{"amount":"9.99","currency":"EUR"}}]}}"""
                    .formatted(id, id));
        }
        return "{\"events\":[" + String.join(",", events) + "]}";
    }

    private static JsonNode body(HttpResponse<String> response) {
        return TestSuite.body(response);
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return TestSuite.get(url);
    }

    private static HttpResponse<String> post(String url, String body) throws Exception {
        return TestSuite.post(url, body);
    }
}
