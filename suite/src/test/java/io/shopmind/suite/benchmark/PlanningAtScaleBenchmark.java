package io.shopmind.suite.benchmark;

import io.shopmind.suite.FreePorts;
import io.shopmind.suite.RunningSuite;
import io.shopmind.suite.SuiteLauncher;
import io.shopmind.suite.SuiteOptions;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A planning run over many SKUs on the whole suite, through the gateway: sales history for every SKU, a forecast
 * run, the SKUs' parameters, then two plans timed from submission to the finished job, each reading every SKU's
 * forecast and lead-time demand from forecast-service in batches: one by each SKU's (s, S) policy and one
 * sharing a weekly budget and warehouse volume (with the planner's cost, bound, gap and solve time). For comparison,
 * the time one forecast read per SKU takes over HTTP alone ({@code GET .../series/{id}/forecast}, one after another),
 * the way plans read them before.
 *
 * <p>Run: {@code java -cp <suite test classpath> io.shopmind.suite.benchmark.PlanningAtScaleBenchmark [skus]
 * [forecast model] [--no-single-reads]} (defaults {@code 10000 SNaive}).
 */
public final class PlanningAtScaleBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int DAYS = 84;

    private PlanningAtScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int skus = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        String model = args.length > 1 ? args[1] : "SNaive";
        boolean singleReads = !(args.length > 2 && args[2].equals("--no-single-reads"));
        Path data = Files.createTempDirectory("shopmind-planning-benchmark");
        RunningSuite suite = SuiteLauncher.launch(new SuiteOptions(FreePorts.block(), data, true, 0,
                null, null, "", "shopmind", false, SuiteOptions.DEMO_DAYS));
        try {
            String gateway = suite.gatewayUrl();
            String prefix = "scale-" + UUID.randomUUID().toString().substring(0, 6) + "-";
            SplittableRandom random = new SplittableRandom(16);
            double[] perDay = new double[skus];
            StringBuilder csv = new StringBuilder("unique_id,ds,y\n");
            LocalDate start = LocalDate.of(2026, 1, 1);
            for (int i = 0; i < skus; i++) {
                perDay[i] = 2 + random.nextInt(30);
                for (int d = 0; d < DAYS; d++) {
                    double weekend = start.plusDays(d).getDayOfWeek().getValue() >= 6 ? 1.5 : 1;
                    long y = Math.max(0, Math.round(perDay[i] * weekend + random.nextGaussian() * Math.sqrt(perDay[i])));
                    csv.append(prefix).append(i).append(',').append(start.plusDays(d)).append(',').append(y).append('\n');
                }
            }
            long t0 = System.nanoTime();
            JsonNode imported = awaitJob(send("POST", gateway + "/api/v1/forecasts/imports?frequency=daily", "text/csv",
                    csv.toString()));
            System.out.printf(Locale.ROOT, "import: %,d SKUs x %d days, %s in %.1f s%n", skus, DAYS,
                    imported.get("state").asString(), seconds(t0));
            t0 = System.nanoTime();
            JsonNode run = awaitJob(send("POST", gateway + "/api/v1/forecasts/runs", "application/json",
                    "{\"horizon\":56,\"models\":[\"" + model + "\"]}"));
            System.out.printf(Locale.ROOT, "forecast run (%s, h 56): %s in %.1f s%n", model, run.get("state").asString(),
                    seconds(t0));

            t0 = System.nanoTime();
            double spend = 0;
            double volume = 0;
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<Integer>> puts = new ArrayList<>();
            for (int i = 0; i < skus; i++) {
                double unitCost = 5 + i % 20;
                double unitVolume = 0.01 * (1 + i % 5);
                spend += 7 * perDay[i] * unitCost;
                volume += 1.5 * 7 * perDay[i] * unitVolume;
                String body = """
                        {"currency":"EUR","unitCost":"%.2f","orderingCost":"40.00","holdingCostRate":0.25,
                         "serviceLevel":0.95,"leadTimeMeanDays":7,"leadTimeSdDays":2,"moq":8,"casePack":4,
                         "unitVolume":%s,"supplier":"s%d"}""".formatted(unitCost, unitVolume, i % 50);
                String url = gateway + "/api/v1/inventory/skus/" + prefix + i;
                puts.add(pool.submit(() -> send("PUT", url, "application/json", body).statusCode()));
            }
            for (Future<Integer> put : puts) {
                if (put.get() != 200) {
                    throw new IllegalStateException("a SKU was refused: " + put.get());
                }
            }
            pool.shutdown();
            System.out.printf(Locale.ROOT, "SKU parameters: %,d in %.1f s%n", skus, seconds(t0));

            t0 = System.nanoTime();
            for (int i = 0; singleReads && i < skus; i++) {
                HttpResponse<String> one = send("GET", gateway + "/api/v1/forecasts/series/" + prefix + i + "/forecast",
                        null, null);
                if (one.statusCode() != 200) {
                    throw new IllegalStateException("no forecast for " + prefix + i);
                }
            }
            if (singleReads) {
                System.out.printf(Locale.ROOT, "one forecast read per SKU over HTTP (as plans read them before): "
                        + "%,d reads in %.1f s%n", skus, seconds(t0));
            }

            plan(gateway, "each SKU by its (s, S) policy", "{\"horizonWeeks\":8}");
            plan(gateway, "shared budget and volume", String.format(Locale.ROOT,
                    "{\"horizonWeeks\":8,\"budgetPerWeek\":{\"amount\":\"%.2f\",\"currency\":\"EUR\"},"
                            + "\"volumeCapacity\":%.2f}", 0.8 * spend, 0.9 * volume));
            System.out.printf(Locale.ROOT, "load average %s%n", Files.readString(Path.of("/proc/loadavg")).trim());
        } finally {
            suite.close();
        }
    }

    private static void plan(String gateway, String label, String request) throws Exception {
        long t0 = System.nanoTime();
        JsonNode job = awaitJob(send("POST", gateway + "/api/v1/inventory/plans", "application/json", request));
        double took = seconds(t0);
        if (!job.get("state").asString().equals("SUCCEEDED")) {
            throw new IllegalStateException(label + ": " + job);
        }
        JsonNode plan = JSON.readTree(send("GET", gateway + job.get("result").asString(), null, null).body());
        long live = plan.get("lines").valueStream().filter(l -> l.get("forecastSource").asString().equals("live"))
                .map(l -> l.get("sku").asString()).distinct().count();
        long distribution = plan.get("lines").valueStream()
                .filter(l -> !l.get("leadTimeDemandBasis").isNull()
                        && !l.get("leadTimeDemandBasis").asString().startsWith("normal"))
                .map(l -> l.get("sku").asString()).distinct().count();
        System.out.printf(Locale.ROOT, "plan, %s: %.1f s from request to finished job; %,d lines, %,d SKUs on live "
                        + "forecasts, %,d on the forecast's lead-time distribution; %s; cost %s, bound %s, gap %s, "
                        + "solve %s ms, %s iterations%n", label, took, plan.get("lines").size(), live, distribution,
                plan.get("quality").asString(), plan.get("cost"), plan.get("lowerBound"), plan.get("gap"),
                plan.get("solveMillis"), plan.get("iterations"));
    }

    private static HttpResponse<String> send(String method, String url, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (body != null) {
            request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode awaitJob(HttpResponse<String> accepted) throws Exception {
        if (accepted.statusCode() != 202) {
            throw new IllegalStateException("not accepted: " + accepted.statusCode() + " " + accepted.body());
        }
        String location = accepted.headers().firstValue("Location").orElseThrow();
        URI uri = URI.create(accepted.uri().resolve(location).toString());
        while (true) {
            JsonNode job = JSON.readTree(send("GET", uri.toString(), null, null).body());
            if (job.get("state").asString().matches("SUCCEEDED|FAILED|CANCELLED")) {
                return job;
            }
            Thread.sleep(200);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
