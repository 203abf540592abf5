package io.shopmind.twin.gatewayclient;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small client of the gateway: JSON in and out, an API key per role when the gateway asks for one, and async jobs
 * followed to their end. Every unexpected status is an exception naming the call and quoting the problem.
 */
public final class GatewayClient {

    /** API keys by role; a null key sends no key (a gateway without authentication). */
    public record Keys(String header, String storefront, String ops) {
        public static final Keys NONE = new Keys("X-API-Key", null, null);

        /**
         * The one place the driver's credentials come from: {@code SHOPMIND_TWIN_STOREFRONT_KEY} for events and
         * shopper-facing calls, {@code SHOPMIND_TWIN_OPS_KEY} for operations, sent in {@code SHOPMIND_TWIN_KEY_HEADER}
         * (default {@code X-API-Key}); unset, no key is sent.
         */
        public static Keys fromEnvironment() {
            String header = System.getenv("SHOPMIND_TWIN_KEY_HEADER");
            return new Keys(header == null || header.isBlank() ? NONE.header() : header,
                    System.getenv("SHOPMIND_TWIN_STOREFRONT_KEY"), System.getenv("SHOPMIND_TWIN_OPS_KEY"));
        }
    }

    public enum Role { STOREFRONT, OPS }

    private static final Duration JOB_TIMEOUT = Duration.ofMinutes(15);
    private final String gateway;
    private final Keys keys;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    public GatewayClient(String gateway, Keys keys) {
        this.gateway = gateway.endsWith("/") ? gateway.substring(0, gateway.length() - 1) : gateway;
        this.keys = keys;
    }

    public JsonMapper json() {
        return json;
    }

    public JsonNode get(Role role, String path) {
        return json.readTree(expect(send(role, "GET", path, null), 200, "GET " + path).body());
    }

    /** A query answered 200 with JSON, e.g. the storefront's many-SKU price lookup. */
    public JsonNode post(Role role, String path, Object body) {
        return json.readTree(expect(send(role, "POST", path, body), 200, "POST " + path).body());
    }

    public HttpResponse<String> send(Role role, String method, String path, Object body) {
        return send(role, method, path, body, "application/json");
    }

    public HttpResponse<String> send(Role role, String method, String path, Object body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(Duration.ofMinutes(2))
                .header("Content-Type", contentType);
        String key = role == Role.STOREFRONT ? keys.storefront() : keys.ops();
        if (key != null) {
            request.header(keys.header(), key);
        }
        String text = body == null ? null : body instanceof String s ? s : json.writeValueAsString(body);
        request.method(method, text == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new GatewayException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GatewayException(method + " " + path + " interrupted", e);
        }
    }

    /** Starts a job (202 with a Location) and waits for it; returns the finished job, or throws if it failed. */
    public JsonNode runJob(Role role, String path, Object body) {
        HttpResponse<String> accepted = expect(send(role, "POST", path, body), 202, "POST " + path);
        String location = accepted.headers().firstValue("Location")
                .orElseThrow(() -> new GatewayException("POST " + path + " answered 202 without a Location"));
        long deadline = System.nanoTime() + JOB_TIMEOUT.toNanos();
        long pause = 50;
        while (true) {
            JsonNode job = get(role, location.startsWith("http") ? URI.create(location).getRawPath() : location);
            String state = job.path("state").asString();
            if (state.equals("SUCCEEDED")) {
                return job;
            }
            if (state.equals("FAILED") || System.nanoTime() > deadline) {
                throw new GatewayException("Job " + location + " of POST " + path + " ended " + state + ": " + job);
            }
            sleep(pause);
            pause = Math.min(1_000, pause * 2);
        }
    }

    static HttpResponse<String> expect(HttpResponse<String> response, int status, String call) {
        if (response.statusCode() != status) {
            throw new GatewayException(call + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    public static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GatewayException("interrupted while waiting for a job", e);
        }
    }

    /** A call to the gateway that did not do what the shop asked. */
    public static final class GatewayException extends RuntimeException {
        GatewayException(String message) {
            super(message);
        }

        GatewayException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
