package io.shopmind.suite;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import io.shopmind.model.service.ShopMindService;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one suite of this test JVM: all six apps on an embedded PostgreSQL, started on first use and stopped when
 * the JVM exits, with a small HTTP client for talking to it through the gateway. A test that needs other settings
 * (the Kafka log) gets a suite of its own in place of the shared one, which the next test starts again.
 */
final class TestSuite {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static RunningSuite running;
    private static List<String> runningWith = List.of();
    /**
     * The shared suite's settings: price experiments advance only when a test asks, so an experiment a probe started
     * does not change pricing's tables while another call's refusal is being checked.
     */
    private static final List<String> SHARED = List.of("shopmind.pricing.experiments.check=1h");

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestSuite::stop, "suite-stop"));
    }

    private TestSuite() {
    }

    static RunningSuite running() {
        return running(SHARED);
    }

    /** The suite with these extra settings for every app, e.g. {@code shopmind.events.log=kafka}. */
    static synchronized RunningSuite running(List<String> properties) {
        if (running != null && !runningWith.equals(properties)) {
            stop();
        }
        if (running == null) {
            try {
                var data = Files.createTempDirectory("shopmind-suite-test");
                running = SuiteLauncher.launch(new SuiteOptions(FreePorts.block(), data, true, 0, null, null, "",
                        "shopmind", false, SuiteOptions.DEMO_DAYS), properties);
                runningWith = List.copyOf(properties);
            } catch (Exception e) {
                throw new IllegalStateException("The suite did not start", e);
            }
        }
        return running;
    }

    static synchronized void stop() {
        if (running != null) {
            running.close();
            running = null;
        }
    }

    /** The suite running now (the shared one, started if none is). */
    static synchronized RunningSuite current() {
        return running != null ? running : running();
    }

    static String gateway(String path) {
        return current().gatewayUrl() + path;
    }

    static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String url, String body) throws IOException, InterruptedException {
        return send(url, "POST", "application/json", body, Map.of());
    }

    static HttpResponse<String> send(String url, String method, String contentType, String body,
            Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode body(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /**
     * Waits until every service has applied the event log up to its head as it is now (the storefront's 202 means
     * durable in the log; services apply it moments later).
     */
    static void awaitEventsApplied() throws IOException, InterruptedException {
        long head = body(get(gateway("/api/v1/events/lag"))).get("head").asLong();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode lag = body(get(gateway("/api/v1/events/lag")));
            boolean applied = true;
            for (JsonNode consumer : lag.get("consumers")) {
                applied &= consumer.get("position").asLong() >= head;
            }
            if (applied) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("The services did not apply the event log up to " + head + " in 60 s");
    }

    /** How many of these events a service has recorded as applied, read in its own schema. */
    static long storedCount(ShopMindService service, Collection<UUID> ids) throws SQLException {
        try (Connection connection = current().embeddedDatabase().adminDataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT count(*) FROM " + service.schema() + ".processed_event WHERE event_id = ANY (?)")) {
            statement.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Follows a 202's job through the gateway until it has finished; returns the finished job. */
    static JsonNode awaitJob(HttpResponse<String> accepted) throws IOException, InterruptedException {
        String location = gateway(accepted.headers().firstValue("Location").orElseThrow());
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode job = body(get(location));
        while (!job.get("state").asString().matches("SUCCEEDED|FAILED") && System.nanoTime() < deadline) {
            Thread.sleep(100);
            job = body(get(location));
        }
        return job;
    }
}
