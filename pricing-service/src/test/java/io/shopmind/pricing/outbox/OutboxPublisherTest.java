package io.shopmind.pricing.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.shopmind.database.EmbeddedDatabaseInitializer;
import io.shopmind.model.event.EventType;
import io.shopmind.model.event.Money;
import io.shopmind.model.event.PriceChanged;
import io.shopmind.pricing.PricingApi;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import io.shopmind.servicesupport.client.ServiceUrls;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The publisher keeps sending until the gateway accepts. The gateway here answers 503 twice and then 202, as the
 * real one does while a service is down; the real gateway's part is in the suite's {@code PricingFlowTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedDatabaseInitializer.class)
class OutboxPublisherTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Outbox outbox;

    @Autowired
    ServiceUrls services;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void retriesABatchUntilTheGatewayAcceptsItAndSendsItInTheStorefrontsFormat() throws Exception {
        URI gateway = services.gatewayUrl();
        String sku = "sku-" + UUID.randomUUID();
        AtomicInteger calls = new AtomicInteger();
        List<String> bodies = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", gateway.getPort()), 0);
        server.createContext("/api/v1/events", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            bodies.add(body);
            // other tests' events may be waiting too: only the batches with this test's event are refused, twice
            int status = body.contains(sku) && calls.incrementAndGet() <= 2 ? 503 : 202;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        try {
            UUID id = transactions.execute(status -> outbox.append(EventType.PriceChanged, Instant.now(),
                    new PriceChanged(sku, new Money(new BigDecimal("9.99"), "EUR"), null, "test")));
            // the doubling waits: 1 s after the first refusal, 2 s after the second
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (sentAt(id) == null && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }

            assertThat(sentAt(id)).isNotNull();
            assertThat(jdbc.queryForObject("SELECT attempts FROM pricing.outbox_event WHERE event_id = ?",
                    Integer.class, id)).isGreaterThanOrEqualTo(3);
            String accepted = bodies.stream().filter(b -> b.contains(sku)).reduce((a, b) -> b).orElseThrow();
            assertThat(accepted).contains("\"events\":[", "\"eventId\":\"" + id + "\"", "\"type\":\"PriceChanged\"",
                    "\"amount\":\"9.99\"", "\"currency\":\"EUR\"");
            JsonNode health = PricingApi.body(new PricingApi(port).get("/actuator/health")).get("components")
                    .get("priceEvents");
            assertThat(health.get("status").asString()).isEqualTo("UP");
            assertThat(health.get("details").has("unsent")).isTrue();
        } finally {
            server.stop(0);
        }
    }

    private java.sql.Timestamp sentAt(UUID id) {
        return jdbc.queryForObject("SELECT sent_at FROM pricing.outbox_event WHERE event_id = ?",
                java.sql.Timestamp.class, id);
    }
}
