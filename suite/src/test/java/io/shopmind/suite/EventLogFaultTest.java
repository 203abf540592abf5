package io.shopmind.suite;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopmind.model.service.ShopMindService;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The event log under the faults a shop meets: a service stopped while the storefront keeps sending, the database
 * stopped and restarted under load, a poison event among good ones, a thousand concurrent copies of one batch. Every
 * acknowledged event must reach every service exactly once, checked in each service's own schema. Run against each
 * log by its subclasses.
 */
abstract class EventLogFaultTest {

    static RunningSuite suite;

    /** Whether the log itself drops an id it holds (PostgreSQL) or keeps every copy for the services to drop. */
    abstract boolean logDropsRepeats();

    /** Whether appends need the database, so the gateway answers 503 while it is down. */
    abstract boolean appendsNeedTheDatabase();

    @Test
    void takesEventsWhileAServiceIsDownAndItAppliesEachOnceAfterRestart() throws Exception {
        String sku = "fault-" + UUID.randomUUID();
        List<UUID> sent = new ArrayList<>();
        suite.stop(ShopMindService.INVENTORY);
        try {
            for (int batch = 0; batch < 20; batch++) {
                List<UUID> ids = ids(25);
                HttpResponse<String> response = TestSuite.post(suite.gatewayUrl() + "/api/v1/events",
                        receipts(sku, ids));
                assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
                sent.addAll(ids);
            }
        } finally {
            suite.start(ShopMindService.INVENTORY);
        }
        TestSuite.awaitEventsApplied();

        for (ShopMindService service : ShopMindService.values()) {
            assertThat(TestSuite.storedCount(service, sent)).as(service.name()).isEqualTo(500);
        }
        // each receipt of one unit moved stock once: none lost, none twice
        assertThat(onHand(sku)).isEqualTo(500);
    }

    @Test
    void answers503WhileTheDatabaseIsDownAndRecoversWithoutARestartLosingNothingAcknowledged() throws Exception {
        Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger unavailable = new AtomicInteger();
        AtomicInteger acknowledgedAfterRestart = new AtomicInteger();
        AtomicBoolean restarted = new AtomicBoolean();
        AtomicBoolean sending = new AtomicBoolean(true);
        String sku = "outage-" + UUID.randomUUID();
        ExecutorService storefront = Executors.newFixedThreadPool(2);
        List<Future<?>> senders = new ArrayList<>();
        for (int s = 0; s < 2; s++) {
            senders.add(storefront.submit(() -> {
                while (sending.get()) {
                    List<UUID> ids = ids(20);
                    String batch = receipts(sku, ids);
                    // as a storefront should: the same batch again until it is acknowledged
                    while (true) {
                        HttpResponse<String> response = TestSuite.post(suite.gatewayUrl() + "/api/v1/events", batch);
                        if (response.statusCode() == 202) {
                            acknowledged.addAll(ids);
                            if (restarted.get()) {
                                acknowledgedAfterRestart.incrementAndGet();
                            }
                            break;
                        }
                        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
                        assertThat(response.headers().firstValue("Retry-After")).isPresent();
                        assertThat(TestSuite.body(response).get("type").asString()).endsWith("/event-log-unavailable");
                        unavailable.incrementAndGet();
                        Thread.sleep(200);
                    }
                }
                return null;
            }));
        }
        try {
            Thread.sleep(1_000);
            suite.embeddedDatabase().stop();
            Thread.sleep(3_000);
            suite.embeddedDatabase().restart();
            restarted.set(true);
            // under load until the storefront's batches are acknowledged again, without restarting any app
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (acknowledgedAfterRestart.get() < 4 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        } finally {
            sending.set(false);
            for (Future<?> sender : senders) {
                sender.get();
            }
            storefront.shutdown();
        }
        TestSuite.awaitEventsApplied();

        if (appendsNeedTheDatabase()) {
            assertThat(unavailable.get()).isPositive();
        }
        assertThat(acknowledgedAfterRestart.get()).isGreaterThanOrEqualTo(4);
        for (ShopMindService service : ShopMindService.values()) {
            assertThat(TestSuite.storedCount(service, acknowledged)).as(service.name()).isEqualTo(acknowledged.size());
        }
        assertThat(onHand(sku)).isEqualTo(acknowledged.size());
    }

    @Test
    void namesAPoisonEventIn422AndDeadLettersOneNoServiceCanApplyWhileTheGoodOnesLandEverywhere() throws Exception {
        String sku = "poison-" + UUID.randomUUID();
        UUID nan = UUID.randomUUID();
        HttpResponse<String> refused = TestSuite.post(suite.gatewayUrl() + "/api/v1/events", "{\"events\":["
                + receipt(UUID.randomUUID(), sku) + "," + order(nan, sku, "\"NaN\"") + "]}");
        assertThat(refused.statusCode()).isEqualTo(422);
        JsonNode error = TestSuite.body(refused).get("errors").get(0);
        assertThat(error.get("eventId").asString()).isEqualTo(nan.toString());
        assertThat(error.get("field").asString()).isEqualTo("events[1].payload.lines[0].unitPrice.amount");

        List<UUID> good = ids(4);
        UUID unknownSku = UUID.randomUUID();
        String batch = "{\"events\":[" + receipt(good.get(0), sku) + "," + receipt(good.get(1), sku) + ","
                + order(unknownSku, "no-such-" + UUID.randomUUID(), "\"1.00\"") + "," + receipt(good.get(2), sku)
                + "," + receipt(good.get(3), sku) + "]}";
        assertThat(TestSuite.post(suite.gatewayUrl() + "/api/v1/events", batch).statusCode()).isEqualTo(202);
        TestSuite.awaitEventsApplied();

        for (ShopMindService service : ShopMindService.values()) {
            assertThat(TestSuite.storedCount(service, good)).as(service.name()).isEqualTo(4);
        }
        assertThat(onHand(sku)).isEqualTo(4);
        JsonNode letters = TestSuite.body(TestSuite.get(suite.gatewayUrl()
                + "/api/v1/inventory/dead-letters?reason=unknown-sku&limit=1000"));
        JsonNode letter = null;
        for (JsonNode candidate : letters) {
            if (candidate.get("eventId").asString().equals(unknownSku.toString())) {
                letter = candidate;
            }
        }
        assertThat(letter).isNotNull();
        assertThat(letter.get("reason").asString()).isEqualTo("unknown-sku");
    }

    @Test
    void appliesEachEventOnceWhenAThousandCopiesOfABatchArriveAtOnce() throws Exception {
        String sku = "copies-" + UUID.randomUUID();
        List<UUID> ids = ids(5);
        String batch = receipts(sku, ids);
        AtomicInteger appended = new AtomicInteger();
        AtomicInteger busy = new AtomicInteger();
        ExecutorService storefronts = Executors.newFixedThreadPool(32);
        List<Future<?>> sends = new ArrayList<>();
        for (int copy = 0; copy < 1_000; copy++) {
            sends.add(storefronts.submit(() -> {
                while (true) {
                    HttpResponse<String> response = TestSuite.post(suite.gatewayUrl() + "/api/v1/events", batch);
                    if (response.statusCode() == 202) {
                        appended.addAndGet(TestSuite.body(response).get("appended").asInt());
                        return null;
                    }
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
                    busy.incrementAndGet();
                    Thread.sleep(50);
                }
            }));
        }
        for (Future<?> send : sends) {
            send.get();
        }
        storefronts.shutdown();
        TestSuite.awaitEventsApplied();

        assertThat(appended.get()).isEqualTo(logDropsRepeats() ? 5 : 5_000);
        for (ShopMindService service : ShopMindService.values()) {
            assertThat(TestSuite.storedCount(service, ids)).as(service.name()).isEqualTo(5);
        }
        assertThat(onHand(sku)).isEqualTo(5);
    }

    private static List<UUID> ids(int n) {
        List<UUID> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ids.add(UUID.randomUUID());
        }
        return ids;
    }

    private static String receipts(String sku, List<UUID> ids) {
        List<String> events = new ArrayList<>();
        for (UUID id : ids) {
            events.add(receipt(id, sku));
        }
        return "{\"events\":[" + String.join(",", events) + "]}";
    }

    private static String receipt(UUID id, String sku) {
        return """
                {"eventId":"%s","type":"StockReceived","occurredAt":"2026-03-01T10:00:00Z","payload":{"sku":"%s","quantity":1}}"""
                .formatted(id, sku);
    }

    private static String order(UUID id, String sku, String amount) {
        return """
                {"eventId":"%s","type":"OrderPlaced","occurredAt":"2026-03-01T10:00:00Z","payload":{"orderId":"o-%s",
                 "customerId":"C-1","lines":[{"sku":"%s","quantity":1,"unitPrice":{"amount":%s,"currency":"EUR"}}]}}"""
                .formatted(id, id, sku, amount);
    }

    private static long onHand(String sku) throws Exception {
        JsonNode positions = TestSuite.body(TestSuite.get(suite.gatewayUrl() + "/api/v1/inventory/positions?sku=" + sku));
        return positions.get(0).get("onHand").asLong();
    }

}
