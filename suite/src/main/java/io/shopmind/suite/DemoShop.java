package io.shopmind.suite;

import io.shopmind.model.event.AddedToCart;
import io.shopmind.model.event.CatalogItemUpserted;
import io.shopmind.model.event.CompetitorPriceObserved;
import io.shopmind.model.event.EventBatch;
import io.shopmind.model.event.EventEnvelope;
import io.shopmind.model.event.EventType;
import io.shopmind.model.event.Money;
import io.shopmind.model.event.OrderLine;
import io.shopmind.model.event.OrderPlaced;
import io.shopmind.model.event.ProductViewed;
import io.shopmind.model.event.StockReceived;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small shop's first quarter, sent through the gateway as a storefront would: a catalogue, stock arrivals,
 * views, carts, orders and competitor prices. The same seed always gives the same events with the same ids, so
 * loading it again on a restart changes nothing.
 */
final class DemoShop {

    private static final Logger log = LoggerFactory.getLogger(DemoShop.class);
    private static final String[] CATEGORIES = {"coffee", "tea", "brewing", "mugs", "snacks"};
    private static final String[] BRANDS = {"Northbean", "Leafline", "Kettleworks", "Claymade"};
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);
    private static final int DAYS = 90;
    private static final int PRODUCTS = 40;
    private static final int CUSTOMERS = 150;
    private static final int BATCH_SIZE = 1_000;
    private static final int MAX_ATTEMPTS = 5;

    private final URI eventsUri;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final Random random = new Random(20260101L);
    private int sequence;

    DemoShop(String gatewayUrl) {
        this.eventsUri = URI.create(gatewayUrl + "/api/v1/events");
    }

    void load() throws Exception {
        List<EventEnvelope> events = events();
        int accepted = 0;
        for (int from = 0; from < events.size(); from += BATCH_SIZE) {
            List<EventEnvelope> batch = events.subList(from, Math.min(events.size(), from + BATCH_SIZE));
            accepted += send(new EventBatch(batch));
        }
        log.info("Demo shop: {} events sent, {} new", events.size(), accepted);
        System.out.printf("Demo shop loaded: %d events (%d new).%n", events.size(), accepted);
    }

    /**
     * Sends one batch, and again after a 503 as any client should: the log drops the events it already holds.
     * Returns how many were new to the log.
     */
    private int send(EventBatch batch) throws Exception {
        String body = json.writeValueAsString(batch);
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(eventsUri)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 202) {
                JsonNode receipt = json.readTree(response.body());
                return receipt.get("appended").asInt();
            }
            if (response.statusCode() != 503 || attempt == MAX_ATTEMPTS) {
                throw new IllegalStateException("The gateway refused the demo events: " + response.body());
            }
            log.warn("The event log did not take the demo batch yet (attempt {}), sending it again", attempt);
            Thread.sleep(2_000L * attempt);
        }
    }

    List<EventEnvelope> events() {
        List<EventEnvelope> events = new ArrayList<>();
        List<CatalogItemUpserted> catalogue = new ArrayList<>();
        Instant opening = FIRST_DAY.atStartOfDay().toInstant(ZoneOffset.UTC);
        for (int p = 0; p < PRODUCTS; p++) {
            BigDecimal price = BigDecimal.valueOf(3 + random.nextInt(60) + 0.99).setScale(2, RoundingMode.HALF_UP);
            CatalogItemUpserted item = new CatalogItemUpserted(sku(p), "Demo product " + (p + 1),
                    CATEGORIES[p % CATEGORIES.length], BRANDS[p % BRANDS.length], eur(price), true);
            catalogue.add(item);
            events.add(event(EventType.CatalogItemUpserted, opening, item));
            events.add(event(EventType.StockReceived, opening.plusSeconds(60),
                    new StockReceived(sku(p), "main", 200 + random.nextInt(300), null)));
        }
        for (int day = 0; day < DAYS; day++) {
            Instant morning = FIRST_DAY.plusDays(day).atTime(8, 0).toInstant(ZoneOffset.UTC);
            int visits = 20 + random.nextInt(30);
            for (int v = 0; v < visits; v++) {
                int customer = random.nextInt(CUSTOMERS);
                // a few popular products get most of the attention, as in any shop
                int product = Math.min(PRODUCTS - 1, (int) Math.floor(Math.abs(random.nextGaussian()) * PRODUCTS / 3));
                Instant at = morning.plusSeconds(random.nextInt(12 * 3600));
                events.add(event(EventType.ProductViewed, at, new ProductViewed(sku(product), customer(customer),
                        "s-" + day + "-" + v)));
                if (random.nextDouble() < 0.3) {
                    int quantity = 1 + random.nextInt(3);
                    events.add(event(EventType.AddedToCart, at.plusSeconds(30),
                            new AddedToCart(sku(product), customer(customer), "s-" + day + "-" + v, quantity)));
                    if (random.nextDouble() < 0.6) {
                        Money unitPrice = catalogue.get(product).price();
                        events.add(event(EventType.OrderPlaced, at.plusSeconds(300), new OrderPlaced(
                                "o-" + day + "-" + v, customer(customer), "main",
                                List.of(new OrderLine(sku(product), quantity, unitPrice)))));
                    }
                }
            }
            if (day % 7 == 0) {
                for (int p = 0; p < PRODUCTS; p += 4) {
                    BigDecimal theirs = catalogue.get(p).price().amount()
                            .multiply(BigDecimal.valueOf(0.9 + random.nextDouble() * 0.2))
                            .setScale(2, RoundingMode.HALF_UP);
                    events.add(event(EventType.CompetitorPriceObserved, morning,
                            new CompetitorPriceObserved(sku(p), "rival-shop", eur(theirs))));
                }
            }
        }
        return events;
    }

    private EventEnvelope event(EventType type, Instant occurredAt, Object payload) {
        UUID id = UUID.nameUUIDFromBytes(("shopmind-demo/" + sequence++).getBytes(StandardCharsets.UTF_8));
        Map<String, Object> body = json.convertValue(payload, new TypeReference<Map<String, Object>>() { });
        return new EventEnvelope(id, type, occurredAt, body);
    }

    private static Money eur(BigDecimal amount) {
        return new Money(amount, "EUR");
    }

    private static String sku(int product) {
        return String.format("SKU-%03d", product + 1);
    }

    private static String customer(int customer) {
        return String.format("C-%04d", customer + 1);
    }
}
