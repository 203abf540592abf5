package io.shopmind.forecast.benchmark;

import io.shopmind.database.EmbeddedDatabaseInitializer;
import io.shopmind.forecast.ForecastServiceApplication;
import java.io.BufferedWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Times a bulk import and a forecast run against the service on an embedded PostgreSQL: generates a long-format CSV
 * of {@code series x days} daily sales (weekly pattern, some zero days), posts it to /imports twice (the second time
 * nothing changes), then runs a forecast over the first {@code runSeries} series (none when 0) and prints the
 * throughput. Arguments: series (default 1000), days (1000), runSeries (200), horizon (28), models (ETS,Theta,SNaive
 * or "default"), origins ("default").
 */
public final class ImportAndRunBenchmark {

    public static void main(String[] args) throws Exception {
        int series = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int runSeries = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int horizon = args.length > 3 ? Integer.parseInt(args[3]) : 28;
        String models = args.length > 4 ? args[4] : "ETS,Theta,SNaive";
        String origins = args.length > 5 && !args[5].equals("default") ? ", \"origins\": " + args[5] : "";
        Path csv = Files.createTempFile("sales", ".csv");
        long generated = System.nanoTime();
        Random random = new Random(42);
        LocalDate start = LocalDate.of(2022, 1, 1);
        try (BufferedWriter out = Files.newBufferedWriter(csv)) {
            out.write("unique_id,ds,y,price,promo\n");
            for (int s = 0; s < series; s++) {
                double level = 2 + random.nextInt(40);
                for (int t = 0; t < days; t++) {
                    double mean = level * (t % 7 >= 5 ? 1.5 : 1.0);
                    long y = random.nextDouble() < 0.1 ? 0 : Math.round(mean + random.nextGaussian() * Math.sqrt(mean));
                    out.write(String.format(Locale.ROOT, "SKU-%05d,%s,%d,%.2f,%d%n", s, start.plusDays(t),
                            Math.max(0, y), 9.99, t % 30 == 0 ? 1 : 0));
                }
            }
        }
        long rows = (long) series * days;
        System.out.printf("generated %,d rows (%,d MB) in %.1f s%n", rows, Files.size(csv) >> 20,
                (System.nanoTime() - generated) / 1e9);

        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ForecastServiceApplication.class)
                .initializers(new EmbeddedDatabaseInitializer())
                .properties("spring.config.import=classpath:forecast-service.yml", "server.port=0",
                        "logging.level.root=WARN")
                .run()) {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            HttpClient http = HttpClient.newHttpClient();
            JsonMapper json = JsonMapper.builder().build();
            for (String attempt : new String[] {"first import", "same file again"}) {
                long started = System.nanoTime();
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/api/v1/forecasts/imports"))
                        .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofFile(csv)).build(),
                        HttpResponse.BodyHandlers.ofString());
                // the import is a job: time it until the job has finished
                String location = response.headers().firstValue("Location").orElseThrow();
                JsonNode importJob;
                do {
                    Thread.sleep(100);
                    importJob = json.readTree(http.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + location)).build(),
                            HttpResponse.BodyHandlers.ofString()).body());
                } while (!importJob.get("state").asString().matches("SUCCEEDED|FAILED"));
                double seconds = (System.nanoTime() - started) / 1e9;
                System.out.printf("%s: %s in %.1f s, %,.0f rows/s - %s%n", attempt, importJob.get("state").asString(),
                        seconds, rows / seconds, importJob.get("summary"));
            }
            if (runSeries == 0) {
                return;
            }
            StringBuilder ids = new StringBuilder();
            for (int s = 0; s < Math.min(runSeries, series); s++) {
                ids.append(s == 0 ? "" : ",").append(String.format("\"SKU-%05d\"", s));
            }
            String modelList = models.equals("default") ? "" : ", \"models\": [\"" + models.replace(",", "\",\"") + "\"]";
            long started = System.nanoTime();
            HttpResponse<String> job = http.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/v1/forecasts/runs"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"horizon\": " + horizon + ", \"series\": [" + ids + "]"
                            + modelList + origins + "}")).build(), HttpResponse.BodyHandlers.ofString());
            String location = job.headers().firstValue("Location").orElseThrow();
            JsonNode state;
            do {
                Thread.sleep(500);
                state = json.readTree(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + location))
                        .build(), HttpResponse.BodyHandlers.ofString()).body());
            } while (!state.get("state").asString().matches("SUCCEEDED|FAILED"));
            double seconds = (System.nanoTime() - started) / 1e9;
            int ran = Math.min(runSeries, series);
            System.out.printf("run over %d series (%s) finished in %.1f s: %.2f series/s, 10,000 series in %.0f min%n",
                    ran, models, seconds, ran / seconds, 10_000 / (ran / seconds) / 60);
            String summary = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + state.get("result").asString())).build(), HttpResponse.BodyHandlers.ofString()).body();
            System.out.println(summary);
        } finally {
            Files.deleteIfExists(csv);
        }
    }
}
