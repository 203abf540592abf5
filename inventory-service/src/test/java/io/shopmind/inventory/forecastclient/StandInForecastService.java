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

/**
 * A stand-in for forecast-service on a real port: serves the forecasts put into it, 404 for other SKUs, or 503 for
 * everything while {@link #failing} is set.
 */
public final class StandInForecastService implements AutoCloseable {

    private static final String PREFIX = "/api/v1/forecasts/series/";

    private final HttpServer server;
    private final Map<String, String> forecasts = new ConcurrentHashMap<>();
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
            String body = sku == null ? null : forecasts.get(sku);
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
