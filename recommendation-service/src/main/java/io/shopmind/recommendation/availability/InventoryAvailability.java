package io.shopmind.recommendation.availability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.shopmind.model.inventory.Positions;
import io.shopmind.model.inventory.PositionsQuery;
import io.shopmind.model.inventory.StockPosition;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * Stock of items from inventory-service's positions: {@code GET /api/v1/inventory/positions?sku=A&sku=B} for up to
 * {@value #MAX_GET} items, {@code POST /api/v1/inventory/positions/query} with a {@link PositionsQuery} for more,
 * both answered with common-model's {@link StockPosition}s (an item is in stock when any warehouse has some
 * available). A state stays fresh for the cache's time to live. When inventory-service fails or times out, the last
 * known state is used (an item never seen is {@link Stock#UNKNOWN} and kept), the answer says so
 * ({@link StockCheck#live()} false), the counter {@code shopmind.recommendation.availability.failures} counts the
 * call, and one warning is logged per outage.
 */
public class InventoryAvailability {

    static final String PATH = "/api/v1/inventory/positions";
    static final String QUERY_PATH = "/api/v1/inventory/positions/query";
    /** Items one GET names, inventory's limit for a query string. */
    static final int MAX_GET = 100;
    private static final Duration QUIET = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(InventoryAvailability.class);
    private static final ParameterizedTypeReference<List<StockPosition>> POSITIONS = new ParameterizedTypeReference<>() {
    };

    /**
     * The stock of the items asked for.
     *
     * @param live false when inventory-service did not answer and the last known state stands in
     */
    public record StockCheck(Map<String, Stock> stock, boolean live) {
    }

    private record Known(Stock stock, Instant at) {
    }

    private final RestClient inventory;
    private final Duration ttl;
    private final Clock clock;
    private final Counter failures;
    private final Map<String, Known> cache = new ConcurrentHashMap<>();
    // after a failed call, requests use what is known without waiting on inventory-service again for a while
    private volatile Instant quietUntil = Instant.MIN;
    private volatile boolean down;

    /** @param inventory a client with inventory-service's base URL and the timeouts set */
    public InventoryAvailability(RestClient inventory, Duration ttl, Clock clock, MeterRegistry registry) {
        this.inventory = inventory;
        this.ttl = ttl;
        this.clock = clock;
        this.failures = Counter.builder("shopmind.recommendation.availability.failures")
                .description("Calls to inventory-service's stock positions that failed; the last known stock was used")
                .register(registry);
    }

    /** The stock of each of {@code skus}. */
    public StockCheck stockOf(Collection<String> skus) {
        Instant now = clock.instant();
        Map<String, Stock> result = new LinkedHashMap<>();
        List<String> ask = new ArrayList<>();
        for (String sku : skus) {
            Known known = cache.get(sku);
            if (known != null && known.at().plus(ttl).isAfter(now)) {
                result.put(sku, known.stock());
            } else {
                ask.add(sku);
            }
        }
        if (ask.isEmpty()) {
            return new StockCheck(result, true);
        }
        Map<String, Stock> fetched = now.isBefore(quietUntil) ? null : fetch(ask, now);
        for (String sku : ask) {
            Stock stock = fetched == null ? null : fetched.getOrDefault(sku, Stock.UNKNOWN);
            if (stock != null) {
                cache.put(sku, new Known(stock, now));
                result.put(sku, stock);
            } else {
                Known last = cache.get(sku);
                result.put(sku, last == null ? Stock.UNKNOWN : last.stock());
            }
        }
        return new StockCheck(result, fetched != null);
    }

    /** The stock of {@code skus} as inventory-service reports it now, or null when it did not answer. */
    private Map<String, Stock> fetch(List<String> skus, Instant now) {
        try {
            List<StockPosition> positions = new ArrayList<>();
            if (skus.size() <= MAX_GET) {
                try {
                    List<StockPosition> answer = inventory.get()
                            .uri(uri -> uri.path(PATH).queryParam("sku", skus.toArray()).build())
                            .retrieve().body(POSITIONS);
                    if (answer != null) {
                        positions.addAll(answer);
                    }
                } catch (HttpClientErrorException.NotFound e) {
                    // one SKU inventory does not know is a 404: it is simply unknown
                    if (skus.size() > 1) {
                        throw e;
                    }
                }
            } else {
                for (int from = 0; from < skus.size(); from += PositionsQuery.MAX_SKUS) {
                    List<String> part = skus.subList(from, Math.min(skus.size(), from + PositionsQuery.MAX_SKUS));
                    Positions answer = inventory.post().uri(QUERY_PATH).contentType(MediaType.APPLICATION_JSON)
                            .body(new PositionsQuery(part, null)).retrieve().body(Positions.class);
                    if (answer != null) {
                        positions.addAll(answer.positions());
                    }
                }
            }
            if (down) {
                down = false;
                log.info("Stock positions are available again from inventory-service");
            }
            return stockOf(positions);
        } catch (RuntimeException e) {
            failures.increment();
            if (!down) {
                down = true;
                log.warn("Stock positions unavailable from inventory-service, using the last known stock: {}",
                        e.toString());
            }
            quietUntil = now.plus(ttl.compareTo(QUIET) < 0 ? ttl : QUIET);
            return null;
        }
    }

    private static Map<String, Stock> stockOf(List<StockPosition> positions) {
        Map<String, Stock> stock = new LinkedHashMap<>();
        for (StockPosition position : positions) {
            // one position per warehouse: in stock when any has some available
            stock.merge(position.sku(), position.available() > 0 ? Stock.IN_STOCK : Stock.OUT_OF_STOCK,
                    (a, b) -> a == Stock.IN_STOCK || b == Stock.IN_STOCK ? Stock.IN_STOCK : Stock.OUT_OF_STOCK);
        }
        return stock;
    }
}
