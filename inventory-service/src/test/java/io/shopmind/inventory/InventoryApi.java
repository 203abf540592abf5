package io.shopmind.inventory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The inventory service's API over real HTTP, as a client sees it, for the Spring tests. */
public final class InventoryApi {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    public InventoryApi(int port) {
        this.port = port;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET(), Map.of());
    }

    public HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return post(path, body, Map.of());
    }

    public HttpResponse<String> post(String path, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body)), headers);
    }

    public HttpResponse<String> put(String path, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).PUT(HttpRequest.BodyPublishers.ofString(body)), Map.of());
    }

    public static JsonNode body(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** A SKU with sensible parameters: EUR, 10.00 a unit, 4-unit cases, 7 ± 2 days lead time, 95 % service. */
    public HttpResponse<String> putSku(String sku) throws IOException, InterruptedException {
        return put("/api/v1/inventory/skus/" + sku, """
                {"currency":"EUR","unitCost":"10.00","orderingCost":"40.00","holdingCostRate":0.25,
                 "serviceLevel":0.95,"leadTimeMeanDays":7,"leadTimeSdDays":2,"moq":8,"casePack":4,
                 "unitVolume":0.01,"supplier":"acme","supplierMinOrderValue":"0"}""");
    }

    /** Polls a job until it has finished, and returns its final state. */
    public JsonNode awaitJob(String location) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            JsonNode job = body(get(location));
            String state = job.get("state").asString();
            if (state.equals("SUCCEEDED") || state.equals("FAILED") || System.nanoTime() > deadline) {
                return job;
            }
            Thread.sleep(50);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request, Map<String, String> headers)
            throws IOException, InterruptedException {
        request.header("Content-Type", "application/json");
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
