package io.shopmind.recommendation.availability;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/** The inventory client against a stand-in inventory-service on a JDK HttpServer, without Spring. */
class InventoryAvailabilityTest {

    private HttpServer server;
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicReference<String> lastQuery = new AtomicReference<>();
    private volatile int status = 200;
    private volatile String answer = "[]";
    private volatile long delayMillis;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext(InventoryAvailability.PATH, exchange -> {
            calls.incrementAndGet();
            lastQuery.set(exchange.getRequestURI().getRawQuery());
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private InventoryAvailability client(Clock clock) {
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(Duration.ofMillis(200));
        factory.setReadTimeout(Duration.ofMillis(200));
        RestClient rest = RestClient.builder().baseUrl("http://localhost:" + server.getAddress().getPort())
                .requestFactory(factory).build();
        return new InventoryAvailability(rest, JsonMapper.builder().build(), Duration.ofSeconds(30), clock);
    }

    @Test
    void readsPositionsAsksOnceForAllSkusAndCachesTheAnswer() {
        answer = """
                [{"sku":"A","warehouse":"north","available":0},{"sku":"A","warehouse":"south","available":4},
                 {"sku":"B","available":0}]""";
        InventoryAvailability availability = client(Clock.systemUTC());

        var first = availability.stockOf(List.of("A", "B", "C"));
        var second = availability.stockOf(List.of("A", "B"));

        assertThat(first).containsEntry("A", Stock.IN_STOCK).containsEntry("B", Stock.OUT_OF_STOCK)
                .containsEntry("C", Stock.UNKNOWN);
        assertThat(second).containsEntry("A", Stock.IN_STOCK).containsEntry("B", Stock.OUT_OF_STOCK);
        assertThat(calls.get()).isEqualTo(1);
        assertThat(lastQuery.get()).isEqualTo("sku=A&sku=B&sku=C");
    }

    @Test
    void treatsAMissingEndpointAsUnknown() {
        status = 404;
        answer = "{\"status\":404}";

        assertThat(client(Clock.systemUTC()).stockOf(List.of("A"))).containsEntry("A", Stock.UNKNOWN);
    }

    @Test
    void fallsBackToTheLastKnownStateWhenInventoryFailsOrIsSlow() {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-01T10:00:00Z"));
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        answer = "{\"positions\":[{\"sku\":\"B\",\"onHand\":0}]}";
        InventoryAvailability availability = client(clock);
        assertThat(availability.stockOf(List.of("B"))).containsEntry("B", Stock.OUT_OF_STOCK);

        now.set(now.get().plusSeconds(60));
        delayMillis = 1000;
        long started = System.nanoTime();
        var stale = availability.stockOf(List.of("B", "D"));

        assertThat(stale).containsEntry("B", Stock.OUT_OF_STOCK).containsEntry("D", Stock.UNKNOWN);
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(900);
    }

    @Test
    void treatsARefusedConnectionAsUnknown() {
        InventoryAvailability availability = client(Clock.systemUTC());
        server.stop(0);

        assertThat(availability.stockOf(List.of("A"))).containsEntry("A", Stock.UNKNOWN);
    }
}
