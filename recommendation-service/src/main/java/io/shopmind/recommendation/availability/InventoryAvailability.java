package io.shopmind.recommendation.availability;

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
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stock of items from inventory-service's {@code GET /api/v1/inventory/positions?sku=...}, asked for all missing
 * items in one call. A state stays fresh for the cache's time to live; when inventory-service fails, times out or
 * does not have the endpoint (404), the last known state is used, and an item never seen is {@link Stock#UNKNOWN}.
 * The answer may be a list of positions or an object with a {@code positions} list; a position's stock is the first
 * of {@code available}, {@code availableQuantity}, {@code onHand}, {@code quantityOnHand}, {@code quantity}, or a
 * boolean {@code inStock}.
 */
public class InventoryAvailability {

    static final String PATH = "/api/v1/inventory/positions";
    private static final List<String> QUANTITY_FIELDS =
            List.of("available", "availableQuantity", "onHand", "quantityOnHand", "quantity");
    private static final Duration QUIET = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(InventoryAvailability.class);

    private record Known(Stock stock, Instant at) {
    }

    private final RestClient inventory;
    private final JsonMapper json;
    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Known> cache = new ConcurrentHashMap<>();
    // after a failed call, requests use what is known without waiting on inventory-service again for a while
    private volatile Instant quietUntil = Instant.MIN;

    /** @param inventory a client with inventory-service's base URL and the timeouts set */
    public InventoryAvailability(RestClient inventory, JsonMapper json, Duration ttl, Clock clock) {
        this.inventory = inventory;
        this.json = json;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** The stock of each of {@code skus}. */
    public Map<String, Stock> stockOf(Collection<String> skus) {
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
            return result;
        }
        Map<String, Stock> fetched = now.isBefore(quietUntil) ? Map.of() : fetch(ask, now);
        for (String sku : ask) {
            Stock stock = fetched.get(sku);
            if (stock != null) {
                cache.put(sku, new Known(stock, now));
                result.put(sku, stock);
            } else {
                Known last = cache.get(sku);
                result.put(sku, last == null ? Stock.UNKNOWN : last.stock());
            }
        }
        return result;
    }

    private Map<String, Stock> fetch(List<String> skus, Instant now) {
        try {
            String body = inventory.get()
                    .uri(uri -> uri.path(PATH).queryParam("sku", skus.toArray()).build())
                    .retrieve()
                    .body(String.class);
            return parse(body);
        } catch (RuntimeException e) {
            // 404 while the endpoint does not exist yet, a timeout, a refused connection: use what we know
            log.debug("Stock positions unavailable: {}", e.toString());
            quietUntil = now.plus(ttl.compareTo(QUIET) < 0 ? ttl : QUIET);
            return Map.of();
        }
    }

    private Map<String, Stock> parse(String body) {
        Map<String, Stock> stock = new LinkedHashMap<>();
        if (body == null || body.isBlank()) {
            return stock;
        }
        JsonNode root = json.readTree(body);
        JsonNode positions = root.isArray() ? root : root.has("positions") ? root.get("positions") : root;
        if (positions.isArray()) {
            positions.forEach(position -> read(position, stock));
        } else {
            read(positions, stock);
        }
        return stock;
    }

    private static void read(JsonNode position, Map<String, Stock> stock) {
        JsonNode sku = position.get("sku");
        if (sku == null || !sku.isString()) {
            return;
        }
        JsonNode inStock = position.get("inStock");
        if (inStock != null && inStock.isBoolean()) {
            stock.merge(sku.asString(), inStock.asBoolean() ? Stock.IN_STOCK : Stock.OUT_OF_STOCK, InventoryAvailability::either);
            return;
        }
        for (String field : QUANTITY_FIELDS) {
            JsonNode quantity = position.get(field);
            if (quantity != null && quantity.isNumber()) {
                // one position per warehouse: in stock when any has some
                stock.merge(sku.asString(), quantity.asDouble() > 0 ? Stock.IN_STOCK : Stock.OUT_OF_STOCK,
                        InventoryAvailability::either);
                return;
            }
        }
    }

    private static Stock either(Stock a, Stock b) {
        return a == Stock.IN_STOCK || b == Stock.IN_STOCK ? Stock.IN_STOCK : Stock.OUT_OF_STOCK;
    }
}
