package io.shopmind.forecast.benchmark;

import io.shopmind.database.EmbeddedDatabaseInitializer;
import io.shopmind.forecast.ForecastServiceApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Times the JSON history write at its documented limit against the service on an embedded PostgreSQL: one batch of
 * {@code points} daily points (default 100,000, the limit of {@code POST /series/{id}/history}), half of them with a
 * price, then the same batch again (every period replaced), then a small write of 10 points to the same series.
 * Argument: points.
 */
public final class HistoryWriteBenchmark {

    public static void main(String[] args) throws Exception {
        int points = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ForecastServiceApplication.class)
                .initializers(new EmbeddedDatabaseInitializer())
                .properties("spring.config.import=classpath:forecast-service.yml", "server.port=0",
                        "logging.level.root=WARN")
                .run()) {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            HttpClient http = HttpClient.newHttpClient();
            URI uri = URI.create("http://localhost:" + port + "/api/v1/forecasts/series/BENCH-1/history");
            String big = batch(points);
            String small = batch(10);
            System.out.printf(Locale.ROOT, "%-28s %8s %10s %12s%n", "write", "points", "seconds", "points/s");
            for (String[] write : new String[][] {{"first write", big}, {"same batch again", big}, {"small write", small}}) {
                int n = write[1] == big ? points : 10;
                long started = System.nanoTime();
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(write[1]))
                        .build(), HttpResponse.BodyHandlers.ofString());
                double seconds = (System.nanoTime() - started) / 1e9;
                System.out.printf(Locale.ROOT, "%-28s %8d %10.2f %12.0f  HTTP %d%n", write[0], n, seconds, n / seconds,
                        response.statusCode());
            }
        }
    }

    private static String batch(int points) {
        StringBuilder json = new StringBuilder(points * 60).append("{\"frequency\":\"daily\",\"points\":[");
        LocalDate start = LocalDate.of(1950, 1, 1);
        for (int t = 0; t < points; t++) {
            json.append(t == 0 ? "" : ",").append("{\"ds\":\"").append(start.plusDays(t)).append("\",\"y\":")
                    .append(t % 13);
            if (t % 2 == 0) {
                json.append(",\"price\":\"9.99\"");
            }
            json.append('}');
        }
        return json.append("]}").toString();
    }
}
