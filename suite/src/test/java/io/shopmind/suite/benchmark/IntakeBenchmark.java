package io.shopmind.suite.benchmark;

import io.shopmind.model.event.EventBatch;
import io.shopmind.model.service.ShopMindService;
import io.shopmind.servicesupport.event.EventValidationProperties;
import io.shopmind.servicesupport.event.EventValidator;
import io.shopmind.suite.RunningSuite;
import io.shopmind.suite.SuiteLauncher;
import io.shopmind.suite.SuiteOptions;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Times the storefront's event intake through the gateway to all five services, on the embedded PostgreSQL, with
 * each log: what the contract check costs per event, the sustained rate (the storefront sends as fast as the gateway
 * answers for {@code seconds}; the rate counts until the slowest service has applied the last event), end-to-end
 * lag p50/p99 (append to commit in a service), and the behaviour at twice the sustained rate (paced sends: how many
 * are answered 503 to send again, and that every acknowledged event still reaches every service once).
 *
 * <p>On a machine shared with other work, wall-clock rates say as much about the neighbours as about ShopMind, so each
 * phase also prints the CPU time it used (this JVM, which runs the storefront, the gateway, the five services and the
 * Kafka broker, plus the embedded PostgreSQL's processes, read from {@code /proc}) per thousand events, and the rate
 * two dedicated cores would reach at that cost.
 *
 * <p>Run: {@code java -cp <suite test classpath> io.shopmind.suite.benchmark.IntakeBenchmark [postgres|kafka|both]
 * [seconds] [senders] [batchSize]} (defaults {@code both 20 4 500}).
 */
public final class IntakeBenchmark {

    private static final int SKUS = 1_000;
    private static final int SHOPPERS = 10_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private final int seconds;
    private final int senders;
    private final int batchSize;
    private final SplittableRandom random = new SplittableRandom(20261201L);

    private IntakeBenchmark(int seconds, int senders, int batchSize) {
        this.seconds = seconds;
        this.senders = senders;
        this.batchSize = batchSize;
    }

    public static void main(String[] args) throws Exception {
        String logs = args.length > 0 ? args[0] : "both";
        IntakeBenchmark benchmark = new IntakeBenchmark(args.length > 1 ? Integer.parseInt(args[1]) : 20,
                args.length > 2 ? Integer.parseInt(args[2]) : 4, args.length > 3 ? Integer.parseInt(args[3]) : 500);
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
        benchmark.validationCost();
        if (!logs.equals("kafka")) {
            benchmark.run("postgres", List.of());
        }
        if (!logs.equals("postgres")) {
            EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3, "shopmind-events");
            broker.afterPropertiesSet();
            try {
                benchmark.run("kafka", List.of("shopmind.events.log=kafka",
                        "shopmind.events.kafka.bootstrap-servers=" + broker.getBrokersAsString()));
            } finally {
                broker.destroy();
            }
        }
        System.exit(0);
    }

    /** The gateway's contract check alone (read each payload as its record, validate), on one thread. */
    private void validationCost() {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            EventValidator validator = new EventValidator(JSON, factory.getValidator(),
                    new EventValidationProperties(Instant.parse("2000-01-01T00:00:00Z"), Duration.ofDays(1)),
                    Clock.systemUTC());
            List<EventBatch> batches = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                batches.add(JSON.readValue(batch(new ArrayList<>()), EventBatch.class));
            }
            for (int warm = 0; warm < 5; warm++) {
                batches.forEach(validator::validate);
            }
            long started = System.nanoTime();
            long cpuStarted = THREADS.getCurrentThreadCpuTime();
            int rounds = 10;
            for (int round = 0; round < rounds; round++) {
                batches.forEach(validator::validate);
            }
            double events = rounds * batches.size() * (double) batchSize;
            double micros = (System.nanoTime() - started) / 1_000.0 / events;
            double cpuMicros = (THREADS.getCurrentThreadCpuTime() - cpuStarted) / 1_000.0 / events;
            System.out.printf(Locale.ROOT, "contract check: %.1f µs of CPU per event (%.1f µs wall clock), "
                    + "%,.0f events/s per core%n", cpuMicros, micros, 1_000_000 / cpuMicros);
        }
    }

    private void run(String log, List<String> properties) throws Exception {
        var data = Files.createTempDirectory("shopmind-intake-benchmark");
        RunningSuite suite = SuiteLauncher.launch(new SuiteOptions(freePortBlock(), data, true, 0, null, null, "",
                "shopmind", false), properties);
        try {
            String events = suite.gatewayUrl() + "/api/v1/events";
            // the catalogue and stock first, so orders find their SKUs
            for (int from = 0; from < SKUS; from += 250) {
                send(events, catalogue(from, Math.min(SKUS, from + 250)));
            }
            awaitApplied(suite, Duration.ofMinutes(2));

            double cpuBefore = cpuSeconds(suite);
            Instant sustainedFrom = Instant.now();
            Sustained sustained = sustained(suite, events);
            double cpuPerThousand = 1000 * (cpuSeconds(suite) - cpuBefore) / sustained.events();
            System.out.printf(Locale.ROOT, "%s log, sustained: %,d events in %d s from %d senders (batches of %d): "
                    + "gateway took %,.0f events/s; all five services applied them %.1f s later; "
                    + "%,.0f events/s through to all five (load average %.1f)%n", log, sustained.events(), seconds,
                    senders, batchSize, sustained.events() / (double) seconds, sustained.drainSeconds(),
                    sustained.events() / (seconds + sustained.drainSeconds()), loadAverage());
            System.out.printf(Locale.ROOT, "%s log, CPU: %.3f s per 1,000 events through to all five services "
                    + "(JVM and PostgreSQL), so %,.0f events/s on two dedicated cores%n", log, cpuPerThousand,
                    2_000 / cpuPerThousand);
            if (log.equals("postgres")) {
                printLagFromTheSchemas(suite, sustainedFrom);
            } else {
                printLag(suite, log);
            }

            Overload overload = overload(suite, events, 2 * sustained.events() / (seconds + sustained.drainSeconds()));
            System.out.printf(Locale.ROOT, "%s log, at twice that (%,.0f events/s offered for %d s): %,d events "
                    + "acknowledged, %,d batches answered 503 (Retry-After) and sent again, %,d other answers; "
                    + "the services caught up %.1f s after; acknowledged but missing in a service: %d%n", log,
                    overload.offeredRate(), seconds, overload.acknowledged().size(), overload.unavailable(),
                    overload.other(), overload.drainSeconds(), missing(suite, overload.acknowledged()));
        } finally {
            suite.close();
        }
    }

    private Sustained sustained(RunningSuite suite, String events) throws Exception {
        AtomicLong sent = new AtomicLong();
        AtomicInteger refused = new AtomicInteger();
        List<String> prepared = prepare(Math.max(senders * 4, 64));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        List<Future<?>> work = new ArrayList<>();
        for (int s = 0; s < senders; s++) {
            int sender = s;
            work.add(pool.submit(() -> {
                int next = sender;
                while (System.nanoTime() < deadline) {
                    // each batch once: a prepared batch's ids are new only the first time it is sent
                    String body = next < prepared.size() ? prepared.get(next) : batchWithNewIds();
                    next += senders;
                    HttpResponse<String> response = send(events, body);
                    if (response.statusCode() == 202) {
                        sent.addAndGet(batchSize);
                    } else if (refused.getAndIncrement() == 0) {
                        System.out.println("first refused batch: " + response.statusCode() + " " + response.body());
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : work) {
            future.get();
        }
        pool.shutdown();
        long sentAt = System.nanoTime();
        awaitApplied(suite, Duration.ofMinutes(10));
        return new Sustained(sent.get(), (System.nanoTime() - sentAt) / 1e9);
    }

    private Overload overload(RunningSuite suite, String events, double rate) throws Exception {
        ConcurrentLinkedQueue<UUID> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicInteger unavailable = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        long intervalNanos = (long) (1e9 * batchSize / rate);
        int batches = (int) (seconds * rate / batchSize);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(8, senders * 4));
        var pacer = Executors.newSingleThreadScheduledExecutor();
        List<Future<?>> work = new ArrayList<>();
        long started = System.nanoTime();
        for (int b = 0; b < batches; b++) {
            List<UUID> ids = new ArrayList<>(batchSize);
            String body = batch(ids);
            long at = started + b * intervalNanos;
            work.add(pacer.schedule(() -> pool.submit(() -> {
                while (true) {
                    HttpResponse<String> response = send(events, body);
                    if (response.statusCode() == 202) {
                        acknowledged.addAll(ids);
                        return null;
                    }
                    if (response.statusCode() != 503) {
                        other.incrementAndGet();
                        return null;
                    }
                    unavailable.incrementAndGet();
                    Thread.sleep(1_000L * Long.parseLong(response.headers().firstValue("Retry-After").orElse("1")));
                }
            }), Math.max(0, at - System.nanoTime()), TimeUnit.NANOSECONDS));
        }
        for (Future<?> scheduled : work) {
            ((Future<?>) scheduled.get()).get();
        }
        pacer.shutdown();
        pool.shutdown();
        long sentAt = System.nanoTime();
        awaitApplied(suite, Duration.ofMinutes(10));
        return new Overload(rate, List.copyOf(acknowledged), unavailable.get(), other.get(),
                (System.nanoTime() - sentAt) / 1e9);
    }

    private static void printLag(RunningSuite suite, String log) throws Exception {
        StringBuilder line = new StringBuilder(log + " log, end-to-end lag (append to commit in the service), p50/p99:");
        for (ShopMindService service : ShopMindService.values()) {
            String metrics = get(suite.serviceUrl(service) + "/actuator/prometheus").body();
            line.append(String.format(Locale.ROOT, " %s %.0f/%.0f ms;", service.schema(),
                    1000 * quantile(metrics, "0.5"), 1000 * quantile(metrics, "0.99")));
        }
        System.out.println(line);
    }

    /**
     * End-to-end lag of the sustained phase's events, exact: each service's commit ({@code processed_event}) less the
     * log's append ({@code gateway.event_log}), read with the superuser across the schemas.
     */
    private static void printLagFromTheSchemas(RunningSuite suite, Instant from) throws Exception {
        StringBuilder line = new StringBuilder("postgres log, end-to-end lag (append to commit in the service), p50/p99:");
        try (Connection connection = suite.embeddedDatabase().adminDataSource().getConnection()) {
            for (ShopMindService service : ShopMindService.values()) {
                try (PreparedStatement statement = connection.prepareStatement("""
                        SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY lag), percentile_cont(0.99) WITHIN GROUP (ORDER BY lag)
                        FROM (SELECT extract(epoch FROM p.received_at - e.appended_at) AS lag
                              FROM %s.processed_event p JOIN gateway.event_log e USING (event_id)
                              WHERE e.appended_at >= ?) lags""".formatted(service.schema()))) {
                    statement.setTimestamp(1, java.sql.Timestamp.from(from));
                    try (ResultSet rs = statement.executeQuery()) {
                        rs.next();
                        line.append(String.format(Locale.ROOT, " %s %.0f/%.0f ms;", service.schema(),
                                1000 * rs.getDouble(1), 1000 * rs.getDouble(2)));
                    }
                }
            }
        }
        System.out.println(line);
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** CPU seconds used so far by this JVM and by the embedded PostgreSQL's postmaster and its backends. */
    private static double cpuSeconds(RunningSuite suite) throws IOException {
        double jvm = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
        return jvm + postgresCpuSeconds(suite);
    }

    private static double postgresCpuSeconds(RunningSuite suite) throws IOException {
        java.nio.file.Path pidFile = suite.embeddedDatabase().dataDirectory().resolve("postmaster.pid");
        long postmaster = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        double ticks = 0;
        try (var processes = Files.list(java.nio.file.Path.of("/proc"))) {
            for (java.nio.file.Path process : (Iterable<java.nio.file.Path>) processes::iterator) {
                String name = process.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                String[] stat;
                try {
                    String line = Files.readString(process.resolve("stat"));
                    stat = line.substring(line.lastIndexOf(')') + 2).split(" ");
                } catch (IOException gone) {
                    continue;
                }
                long pid = Long.parseLong(name);
                long parent = Long.parseLong(stat[1]);
                if (pid == postmaster) {
                    // utime, stime, and the backends that have ended (cutime, cstime)
                    ticks += Long.parseLong(stat[11]) + Long.parseLong(stat[12]) + Long.parseLong(stat[13])
                            + Long.parseLong(stat[14]);
                } else if (parent == postmaster) {
                    ticks += Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
                }
            }
        }
        return ticks / 100.0;
    }

    private static double quantile(String metrics, String quantile) {
        for (String line : metrics.split("\n")) {
            if (line.startsWith("shopmind_events_end_to_end_lag_seconds{") && line.contains("quantile=\"" + quantile + "\"")) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return Double.NaN;
    }

    private static long missing(RunningSuite suite, List<UUID> acknowledged) throws Exception {
        long missing = 0;
        for (ShopMindService service : ShopMindService.values()) {
            try (Connection connection = suite.embeddedDatabase().adminDataSource().getConnection();
                    PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM "
                            + service.schema() + ".processed_event WHERE event_id = ANY (?)")) {
                statement.setArray(1, connection.createArrayOf("uuid", acknowledged.toArray()));
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    missing += acknowledged.size() - rs.getLong(1);
                }
            }
        }
        return missing;
    }

    private static void awaitApplied(RunningSuite suite, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        long head = body(get(suite.gatewayUrl() + "/api/v1/events/lag")).get("head").asLong();
        while (System.nanoTime() < deadline) {
            boolean applied = true;
            for (JsonNode consumer : body(get(suite.gatewayUrl() + "/api/v1/events/lag")).get("consumers")) {
                applied &= consumer.get("position").asLong() >= head;
            }
            if (applied) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("The services did not catch up within " + limit);
    }

    private List<String> prepare(int n) {
        List<String> batches = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            batches.add(batch(new ArrayList<>()));
        }
        return batches;
    }

    private synchronized String batchWithNewIds() {
        return batch(new ArrayList<>());
    }

    /** A storefront's mix: views, carts, orders of one to three lines, a few receipts; {@code ids} gets the ids. */
    private synchronized String batch(List<UUID> ids) {
        StringBuilder events = new StringBuilder(batchSize * 200).append("{\"events\":[");
        Instant now = Instant.now().minusSeconds(60);
        for (int i = 0; i < batchSize; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            String sku = sku(random.nextInt(SKUS));
            String shopper = "C-" + random.nextInt(SHOPPERS);
            double kind = random.nextDouble();
            if (i > 0) {
                events.append(',');
            }
            if (kind < 0.6) {
                events.append(event(id, "ProductViewed", now, """
                        {"sku":"%s","customerId":"%s","sessionId":"s-%s"}""".formatted(sku, shopper, shopper)));
            } else if (kind < 0.8) {
                events.append(event(id, "AddedToCart", now, """
                        {"sku":"%s","customerId":"%s","quantity":%d}""".formatted(sku, shopper, 1 + random.nextInt(3))));
            } else if (kind < 0.95) {
                StringBuilder lines = new StringBuilder();
                for (int line = 0, n = 1 + random.nextInt(3); line < n; line++) {
                    lines.append(line == 0 ? "" : ",").append("""
                            {"sku":"%s","quantity":%d,"unitPrice":{"amount":"9.90","currency":"EUR"}}"""
                            .formatted(sku(random.nextInt(SKUS)), 1 + random.nextInt(2)));
                }
                events.append(event(id, "OrderPlaced", now, """
                        {"orderId":"o-%s","customerId":"%s","lines":[%s]}""".formatted(id, shopper, lines)));
            } else {
                events.append(event(id, "StockReceived", now, """
                        {"sku":"%s","quantity":%d}""".formatted(sku, 10 + random.nextInt(50))));
            }
        }
        return events.append("]}").toString();
    }

    private static String catalogue(int from, int to) {
        StringBuilder events = new StringBuilder("{\"events\":[");
        Instant at = Instant.now().minusSeconds(3_600);
        for (int i = from; i < to; i++) {
            events.append(i == from ? "" : ",").append(event(UUID.randomUUID(), "CatalogItemUpserted", at, """
                    {"sku":"%s","name":"Item %d","category":"c%d","price":{"amount":"9.90","currency":"EUR"},"active":true}"""
                    .formatted(sku(i), i, i % 20))).append(',').append(event(UUID.randomUUID(), "StockReceived", at,
                    """
                    {"sku":"%s","quantity":100000}""".formatted(sku(i))));
        }
        return events.append("]}").toString();
    }

    private static String event(UUID id, String type, Instant at, String payload) {
        return "{\"eventId\":\"" + id + "\",\"type\":\"" + type + "\",\"occurredAt\":\"" + at + "\",\"payload\":"
                + payload + "}";
    }

    private static String sku(int i) {
        return String.format(Locale.ROOT, "SKU-%05d", i);
    }

    private static HttpResponse<String> send(String url, String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode body(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static int freePortBlock() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int base = 20_000 + (int) (Math.random() * 30_000);
            boolean free = true;
            for (int port = base; port < base + 6 && free; port++) {
                try (ServerSocket socket = new ServerSocket(port)) {
                    socket.setReuseAddress(true);
                } catch (IOException e) {
                    free = false;
                }
            }
            if (free) {
                return base;
            }
        }
        throw new IllegalStateException("No block of six free ports");
    }

    private record Sustained(long events, double drainSeconds) {
    }

    private record Overload(double offeredRate, List<UUID> acknowledged, int unavailable, int other,
            double drainSeconds) {
    }
}
