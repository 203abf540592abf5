package io.shopmind.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The forecast API over real HTTP, as the tests of one service call it; imports are followed to their job's end. */
public final class ForecastApi {

    private static final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    public ForecastApi(int port) {
        this.port = port;
    }

    public HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (body != null) {
            request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public JsonNode get(String path) throws Exception {
        return json.readTree(send("GET", path, null, null).body());
    }

    /** Sends an import, which is accepted as a job, and follows the job to its end; returns the finished job. */
    public JsonNode imported(String path, String contentType, String body) throws Exception {
        HttpResponse<String> accepted = send("POST", path, contentType, body);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        JsonNode job = get(location);
        for (int i = 0; i < 300 && !job.get("state").asString().matches("SUCCEEDED|FAILED|CANCELLED"); i++) {
            Thread.sleep(100);
            job = get(location);
        }
        return job;
    }

    /** Imports a sales CSV and requires the import to succeed. */
    public JsonNode importedSales(String csv) throws Exception {
        JsonNode job = imported("/api/v1/forecasts/imports", "text/csv", csv);
        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
        return job;
    }
}
