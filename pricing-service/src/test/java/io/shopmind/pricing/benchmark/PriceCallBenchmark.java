package io.shopmind.pricing.benchmark;

import io.shopmind.database.EmbeddedDatabaseInitializer;
import io.shopmind.model.service.ShopMindService;
import io.shopmind.pricing.PricingServiceApplication;
import io.shopmind.servicesupport.ServiceApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The storefront's price calls on a 20,000-SKU price book, over loopback HTTP into the running service (so the
 * figures include Tomcat, JSON and the loopback hop, an upper bound on the in-service time): one SKU
 * ({@code GET /prices/{sku}}) and a batch of 50 ({@code POST /prices/query}), p50 / p99 / p99.9 after a warm-up.
 * Run: {@code java -cp <test classpath> io.shopmind.pricing.benchmark.PriceCallBenchmark [calls]} (default 20,000).
 */
public final class PriceCallBenchmark {

    private static final int SKUS = 20_000;
    private static final int BATCH = 50;

    private PriceCallBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        ConfigurableApplicationContext context = ServiceApplication
                .builder(PricingServiceApplication.class, ShopMindService.PRICING)
                .initializers(new EmbeddedDatabaseInitializer())
                .properties("server.port=0", "logging.level.root=WARN",
                        // the service's own timing of each request, from the Tomcat filter to the last byte written
                        "management.metrics.distribution.percentiles.http.server.requests=0.5,0.99,0.999",
                        "shopmind.services.gateway.url=http://localhost:" + (20_000 + new SplittableRandom().nextInt(20_000)))
                .run();
        try {
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            String base = "http://localhost:" + port + "/api/v1/pricing";
            HttpClient http = HttpClient.newHttpClient();
            String run = UUID.randomUUID().toString().substring(0, 8);
            StringBuilder csv = new StringBuilder("sku,currency,list_price,price,unit_cost,category\n");
            for (int i = 0; i < SKUS; i++) {
                csv.append(sku(run, i)).append(",EUR,").append(20 + i % 50).append(".99,").append(19 + i % 50)
                        .append(".99,9.50,c").append(i % 40).append('\n');
            }
            long loadStart = System.nanoTime();
            HttpResponse<String> imported = http.send(HttpRequest.newBuilder(URI.create(base + "/book/imports"))
                    .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv.toString()))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (imported.statusCode() != 200) {
                throw new IllegalStateException("import failed: " + imported.body());
            }
            System.out.printf(Locale.ROOT, "Price book import: %,d SKUs in %.1f s%n", SKUS,
                    (System.nanoTime() - loadStart) / 1e9);
            SplittableRandom random = new SplittableRandom(7);
            for (String kind : new String[] {"one SKU", "batch of " + BATCH}) {
                long[] nanos = new long[calls];
                for (int i = -calls / 5; i < calls; i++) {
                    HttpRequest request = kind.equals("one SKU")
                            ? HttpRequest.newBuilder(URI.create(base + "/prices/" + sku(run, random.nextInt(SKUS))))
                                    .GET().build()
                            : HttpRequest.newBuilder(URI.create(base + "/prices/query"))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(batch(run, random))).build();
                    long start = System.nanoTime();
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    long took = System.nanoTime() - start;
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(kind + " answered " + response.statusCode());
                    }
                    if (i >= 0) {
                        nanos[i] = took;
                    }
                }
                Arrays.sort(nanos);
                System.out.printf(Locale.ROOT, "%-12s %,d calls, client over loopback: p50 %.3f ms, p99 %.3f ms, "
                        + "p99.9 %.3f ms%n", kind, calls, nanos[calls / 2] / 1e6, nanos[(int) (calls * 0.99)] / 1e6,
                        nanos[(int) (calls * 0.999)] / 1e6);
                System.out.printf(Locale.ROOT, "%-12s in-service (last 2 min): %s%n", kind, inService(http, port,
                        kind.equals("one SKU") ? "/api/v1/pricing/prices/{sku}" : "/api/v1/pricing/prices/query"));
            }
        } finally {
            context.close();
        }
    }

    /** The service's own percentiles of a route, from its Prometheus endpoint. */
    private static String inService(HttpClient http, int port, String uri) throws Exception {
        String metrics = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/actuator/prometheus")).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        StringBuilder out = new StringBuilder();
        for (String line : metrics.split("\n")) {
            if (line.startsWith("http_server_requests_seconds{") && line.contains("uri=\"" + uri + "\"")
                    && line.contains("quantile=")) {
                String quantile = line.replaceAll(".*quantile=\"([0-9.]+)\".*", "$1");
                double seconds = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                out.append(String.format(Locale.ROOT, "p%s %.3f ms  ", trim(Double.parseDouble(quantile) * 100),
                        seconds * 1000));
            }
        }
        String load = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        return out + "(load average " + load + " on " + Runtime.getRuntime().availableProcessors() + " cores)";
    }

    private static String trim(double percent) {
        return percent == Math.rint(percent) ? String.valueOf((long) percent) : String.valueOf(percent);
    }

    private static String sku(String run, int i) {
        return "bench-" + run + "-" + i;
    }

    private static String batch(String run, SplittableRandom random) {
        StringBuilder body = new StringBuilder("{\"skus\":[");
        for (int i = 0; i < BATCH; i++) {
            body.append(i == 0 ? "\"" : ",\"").append(sku(run, random.nextInt(SKUS))).append('"');
        }
        return body.append("]}").toString();
    }
}
