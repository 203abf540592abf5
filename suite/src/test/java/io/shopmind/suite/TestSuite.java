package io.shopmind.suite;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one suite of this test JVM: all six apps on an embedded PostgreSQL, started on first use and stopped when
 * the JVM exits, with a small HTTP client for talking to it through the gateway.
 */
final class TestSuite {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static RunningSuite running;

    private TestSuite() {
    }

    static synchronized RunningSuite running() {
        if (running == null) {
            try {
                var data = Files.createTempDirectory("shopmind-suite-test");
                running = SuiteLauncher.launch(new SuiteOptions(FreePorts.block(), data, true, 0, null, null, "",
                        "shopmind", false, SuiteOptions.DEMO_DAYS));
                Runtime.getRuntime().addShutdownHook(new Thread(running::close, "suite-stop"));
            } catch (Exception e) {
                throw new IllegalStateException("The suite did not start", e);
            }
        }
        return running;
    }

    static String gateway(String path) {
        return running().gatewayUrl() + path;
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
