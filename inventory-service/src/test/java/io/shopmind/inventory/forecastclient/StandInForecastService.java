package io.shopmind.inventory.forecastclient;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.math3.distribution.NormalDistribution;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for forecast-service on a real port: serves the forecasts put into it, singly (404 for other SKUs) and
 * through the batch lead-time demand endpoint, or 503 for everything while {@link #failing} is set. The suite's
 * {@code ReplenishmentFlowTest} runs planning against the real forecast-service.
 */
public final class StandInForecastService implements AutoCloseable {

    private static final String PREFIX = "/api/v1/forecasts/series/";
    private static final String BATCH = "/api/v1/forecasts/lead-time-demand";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The probabilities forecast-service keeps lead-time quantiles at. */
    private static final double[] PROBABILITIES = {0.001, 0.01, 0.025, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.75,
        0.8, 0.85, 0.9, 0.925, 0.95, 0.96, 0.97, 0.975, 0.98, 0.99, 0.995, 0.998, 0.999};

    private final HttpServer server;
    private final Map<String, String> forecasts = new ConcurrentHashMap<>();
    private final Map<String, double[]> leadTimeDemand = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile boolean failing;
    private volatile long delayMillis;

    private StandInForecastService(HttpServer server) {
        this.server = server;
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            try {
                if (delayMillis > 0) {
                    Thread.sleep(delayMillis);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            String path = exchange.getRequestURI().getPath();
            String sku = path.startsWith(PREFIX) && path.endsWith("/forecast")
                    ? path.substring(PREFIX.length(), path.length() - "/forecast".length()) : null;
            String body = path.equals(BATCH) ? batch(exchange.getRequestBody().readAllBytes())
                    : sku == null ? null : forecasts.get(sku);
            int status = failing ? 503 : body == null ? 404 : 200;
            byte[] bytes = (body == null ? "{\"status\":" + status + "}" : body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    /** Starts on {@code port} (0 for any free one) of localhost. */
    public static StandInForecastService start(int port) throws IOException {
        return new StandInForecastService(HttpServer.create(new InetSocketAddress("localhost", port), 0));
    }

    public URI url() {
        return URI.create("http://localhost:" + server.getAddress().getPort());
    }

    /**
     * A daily forecast of {@code days} points from tomorrow with the given mean, and 80 % and 95 % intervals of a
     * normal with standard deviation {@code sd}.
     */
    public void put(String sku, int days, double mean, double sd) {
        StringBuilder points = new StringBuilder();
        LocalDate day = LocalDate.now().plusDays(1);
        for (int i = 0; i < days; i++) {
            if (i > 0) {
                points.append(',');
            }
            points.append("""
                    {"ds":"%s","mean":%s,"intervals":[{"level":80,"lower":%s,"upper":%s},\
                    {"level":95,"lower":%s,"upper":%s}]}""".formatted(day.plusDays(i), mean,
                    mean - 1.2815516 * sd, mean + 1.2815516 * sd, mean - 1.959964 * sd, mean + 1.959964 * sd));
        }
        forecasts.put(sku, """
                {"seriesId":"%s","model":"ETS(A,N,N)","points":[%s],"accuracy":null,\
                "createdAt":"2026-03-01T00:00:00Z"}""".formatted(sku, points));
    }

    /**
     * The SKU's lead-time demand in batch answers: normal with the given mean and standard deviation, as
     * forecast-service's {@code arima-exact} method gives it; without one the batch answers with the forecast only.
     */
    public void putLeadTimeDemand(String sku, double mean, double sd) {
        leadTimeDemand.put(sku, new double[] {mean, sd});
    }

    /** The batch answer: each known SKU's forecast and lead-time demand, the others as missing. */
    private String batch(byte[] request) {
        StringBuilder entries = new StringBuilder();
        StringBuilder missing = new StringBuilder();
        for (JsonNode item : JSON.readTree(request).get("series")) {
            String sku = item.get("seriesId").asString();
            String forecast = forecasts.get(sku);
            if (forecast == null) {
                missing.append(missing.isEmpty() ? "" : ",").append('"').append(sku).append('"');
                continue;
            }
            double[] normal = leadTimeDemand.get(sku);
            String demand = "null";
            if (normal != null) {
                StringBuilder quantiles = new StringBuilder();
                for (double p : PROBABILITIES) {
                    quantiles.append(quantiles.isEmpty() ? "" : ",").append("{\"probability\":").append(p)
                            .append(",\"value\":").append(Math.max(0, normal[0]
                                    + normal[1] * new NormalDistribution(null, 0, 1).inverseCumulativeProbability(p)))
                            .append('}');
                }
                demand = """
                        {"leadTimeDays":%s,"leadTimeSdDays":%s,"periodDays":1,"method":"arima-exact",\
                        "extrapolated":false,"mean":%s,"quantiles":[%s]}""".formatted(item.get("leadTimeDays"),
                        item.get("leadTimeSdDays"), normal[0], quantiles);
            }
            entries.append(entries.isEmpty() ? "" : ",").append("{\"forecast\":").append(forecast)
                    .append(",\"leadTimeDemand\":").append(demand).append('}');
        }
        return "{\"forecasts\":[" + entries + "],\"missing\":[" + missing + "]}";
    }

    public void failing(boolean failing) {
        this.failing = failing;
    }

    public void delay(long millis) {
        this.delayMillis = millis;
    }

    public int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
