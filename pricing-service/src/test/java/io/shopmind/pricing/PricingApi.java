package io.shopmind.pricing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The pricing service's API over real HTTP, as a client sees it, for the Spring tests. */
public final class PricingApi {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    public PricingApi(int port) {
        this.port = port;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET(), "application/json", Map.of());
    }

    public HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body)),
                "application/json", Map.of());
    }

    public HttpResponse<String> postCsv(String path, String csv, Map<String, String> headers)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(csv)), "text/csv",
                headers);
    }

    public HttpResponse<String> put(String path, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).PUT(HttpRequest.BodyPublishers.ofString(body)),
                "application/json", headers);
    }

    /** A price book entry: EUR, list 24.99, cost 10.00, the given price, floor 12, ceiling 40, MAP 14. */
    public HttpResponse<String> putEntry(String sku, String price) throws IOException, InterruptedException {
        return put("/api/v1/pricing/book/" + sku, """
                {"currency":"EUR","listPrice":"24.99","price":"%s","unitCost":"10.00","mapPrice":"14.00",
                 "floorPrice":"12.00","ceilingPrice":"40.00","minMargin":0.1,"priceEnding":"ENDING_99",
                 "category":"mugs","reason":"new season"}""".formatted(price), Map.of("X-Actor", "anna"));
    }

    public static JsonNode body(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    public static List<String> fields(HttpResponse<String> problem) {
        List<String> fields = new ArrayList<>();
        body(problem).get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    /** Polls a job until it has finished, and returns its final state. */
    public JsonNode awaitJob(String location) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            JsonNode job = body(get(location));
            String state = job.get("state").asString();
            if (state.equals("SUCCEEDED") || state.equals("FAILED") || System.nanoTime() > deadline) {
                return job;
            }
            Thread.sleep(50);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String contentType, Map<String, String> headers)
            throws IOException, InterruptedException {
        request.header("Content-Type", contentType);
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
