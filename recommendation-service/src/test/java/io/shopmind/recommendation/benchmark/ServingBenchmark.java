package io.shopmind.recommendation.benchmark;

import io.shopmind.database.EmbeddedDatabaseInitializer;
import io.shopmind.model.service.ShopMindService;
import io.shopmind.recommendation.RecommendationServiceApplication;
import io.shopmind.recommendation.serving.ListOptions;
import io.shopmind.recommendation.serving.Merchandising;
import io.shopmind.recommendation.serving.Recommendations;
import io.shopmind.servicesupport.ServiceApplication;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Times the service on a 20,000-item shop: event intake through {@code POST /api/v1/recommendations/events} in
 * batches (half of them from one sender, half from one sender per core), then training ALS, then the in-service latency of a shopper's top 10 (history read from PostgreSQL,
 * fold-in, scoring every item, rules). Run: {@code java -cp <test classpath> ...ServingBenchmark [batchSize]}.
 */
public final class ServingBenchmark {

    private static final int ITEMS = 20_000;
    private static final int SHOPPERS = 10_000;
    private static final int EVENTS = 200_000;
    private static final int CALLS = 20_000;

    private ServingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int batchSize = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        ConfigurableApplicationContext context = ServiceApplication
                .builder(RecommendationServiceApplication.class, ShopMindService.RECOMMENDATION)
                .initializers(new EmbeddedDatabaseInitializer())
                .properties("server.port=0", "logging.level.root=WARN")
                .run();
        try {
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://localhost:" + port + "/api/v1/recommendations";
            String run = UUID.randomUUID().toString().substring(0, 6);
            SplittableRandom random = new SplittableRandom(7);
            Instant start = Instant.now().minusSeconds(30L * 86_400);

            StringBuilder batch = new StringBuilder();
            int inBatch = 0;
            for (int i = 0; i < ITEMS; i++) {
                inBatch = append(batch, inBatch, """
                        {"eventId":"%s","type":"CatalogItemUpserted","occurredAt":"%s","payload":{"sku":"%s",
                        "name":"Item %d","category":"c%d","brand":"b%d","price":{"amount":"%d.00","currency":"EUR"},
                        "active":true}}""".formatted(UUID.randomUUID(), start, sku(run, i), i, i % 50, i % 200,
                        5 + i % 300));
                if (inBatch == batchSize) {
                    send(http, base, batch);
                    inBatch = 0;
                }
            }
            if (inBatch > 0) {
                send(http, base, batch);
                inBatch = 0;
            }

            // the batches are made first, so the timing holds the service's work alone; one sender, then one per core
            List<Batch> batches = new ArrayList<>();
            for (int e = 0; e < EVENTS; e++) {
                int shopper = random.nextInt(SHOPPERS);
                // shoppers lean to a tenth of the catalogue, so there is structure to learn
                int item = (int) ((shopper % 10) * (ITEMS / 10) + Math.abs(random.nextGaussian()) * 300) % ITEMS;
                Instant at = start.plusSeconds(e * 12L);
                String customer = "u" + run + "-" + shopper;
                String event = switch (random.nextInt(10)) {
                    case 0 -> """
                            {"eventId":"%s","type":"OrderPlaced","occurredAt":"%s","payload":{"orderId":"%s",
                            "customerId":"%s","warehouse":"main","lines":[{"sku":"%s","quantity":1,
                            "unitPrice":{"amount":"9.90","currency":"EUR"}}]}}""".formatted(UUID.randomUUID(), at,
                            UUID.randomUUID(), customer, sku(run, item));
                    case 1, 2 -> """
                            {"eventId":"%s","type":"AddedToCart","occurredAt":"%s","payload":{"sku":"%s",
                            "customerId":"%s","sessionId":"s%d","quantity":1}}""".formatted(UUID.randomUUID(), at,
                            sku(run, item), customer, shopper);
                    default -> """
                            {"eventId":"%s","type":"ProductViewed","occurredAt":"%s","payload":{"sku":"%s",
                            "customerId":"%s","sessionId":"s%d"}}""".formatted(UUID.randomUUID(), at,
                            sku(run, item), customer, shopper);
                };
                inBatch = append(batch, inBatch, event);
                if (inBatch == batchSize || e == EVENTS - 1) {
                    batches.add(new Batch(batch.append("]}").toString(), inBatch));
                    batch.setLength(0);
                    inBatch = 0;
                }
            }
            int half = batches.size() / 2;
            int cores = Runtime.getRuntime().availableProcessors();
            for (int senders : new int[] {1, cores}) {
                List<Batch> part = senders == 1 ? batches.subList(0, half) : batches.subList(half, batches.size());
                long events = part.stream().mapToLong(Batch::events).sum();
                double seconds = ingest(http, base, part, senders);
                System.out.printf("Ingestion: %,d events in batches of %,d, %d sender(s): %.1f s, %,.0f events/s%n",
                        events, batchSize, senders, seconds, events / seconds);
            }

            long trainStart = System.nanoTime();
            HttpResponse<String> job = http.send(HttpRequest.newBuilder(URI.create(base + "/models"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"algorithm\":\"als\",\"params\":{\"factors\":64,\"iterations\":10},\"activate\":true}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            String location = "http://localhost:" + port + job.headers().firstValue("Location").orElseThrow();
            String state;
            do {
                Thread.sleep(200);
                state = http.send(HttpRequest.newBuilder(URI.create(location)).GET().build(),
                        HttpResponse.BodyHandlers.ofString()).body();
            } while (!state.contains("SUCCEEDED") && !state.contains("FAILED"));
            System.out.printf("Training ALS (64 factors, 10 sweeps) incl. reading and storing: %.1f s -> %s%n",
                    (System.nanoTime() - trainStart) / 1e9, state.contains("SUCCEEDED") ? "ok" : state);

            Recommendations recommendations = context.getBean(Recommendations.class);
            ListOptions options = new ListOptions(10, null, ListOptions.Exclusion.BOUGHT, false, Merchandising.none(),
                    List.of());
            for (int w = 0; w < 5_000; w++) {
                recommendations.forUser("u" + run + "-" + random.nextInt(SHOPPERS), null, options);
            }
            long[] nanos = new long[CALLS];
            // this thread's CPU time as well as the wall time: it holds when other work shares the cores
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpuStart = threads.getCurrentThreadCpuTime();
            for (int c = 0; c < CALLS; c++) {
                String customer = "u" + run + "-" + random.nextInt(SHOPPERS);
                long t = System.nanoTime();
                recommendations.forUser(customer, null, options);
                nanos[c] = System.nanoTime() - t;
            }
            double cpuPerCall = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6 / CALLS;
            Arrays.sort(nanos);
            System.out.printf("Top 10 of %,d items, in-service, %,d calls: p50 %.2f ms, p99 %.2f ms, max %.2f ms,"
                    + " CPU %.3f ms per call (load average %.1f)%n", ITEMS, CALLS, nanos[CALLS / 2] / 1e6,
                    nanos[(int) (CALLS * 0.99)] / 1e6, nanos[CALLS - 1] / 1e6, cpuPerCall,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.println("Sample: " + recommendations.forUser("u" + run + "-1", null, options));
        } finally {
            context.close();
        }
    }

    private record Batch(String body, int events) {
    }

    private static String sku(String run, int i) {
        return "p" + run + "-" + i;
    }

    private static int append(StringBuilder batch, int inBatch, String event) {
        batch.append(inBatch == 0 ? "{\"events\":[" : ",").append(event);
        return inBatch + 1;
    }

    private static void send(HttpClient http, String base, StringBuilder batch) throws Exception {
        post(http, base, batch.append("]}").toString());
        batch.setLength(0);
    }

    private static void post(HttpClient http, String base, String batch) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/events"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(batch))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            throw new IllegalStateException("Batch refused: " + response.statusCode() + " " + response.body());
        }
    }

    /** Posts the batches from {@code senders} threads at once and returns the wall time in seconds. */
    private static double ingest(HttpClient http, String base, List<Batch> batches, int senders) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        try {
            long start = System.nanoTime();
            List<Future<?>> sent = new ArrayList<>();
            for (Batch batch : batches) {
                sent.add(pool.submit(() -> {
                    post(http, base, batch.body());
                    return null;
                }));
            }
            for (Future<?> future : sent) {
                future.get();
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            pool.shutdown();
        }
    }
}
