package io.shopmind.pricing.upstream;

import io.shopmind.model.inventory.Positions;
import io.shopmind.model.inventory.PositionsQuery;
import io.shopmind.model.inventory.StockPosition;
import io.shopmind.model.service.ShopMindService;
import io.shopmind.servicesupport.client.ServiceUrls;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Stock on hand per SKU across warehouses from inventory-service ({@code POST /api/v1/inventory/positions/query}),
 * in batches of {@link PositionsQuery#MAX_SKUS}, with the stored copy as the fallback.
 */
@Component
public class StockOnHand {

    static final String KIND = "stock";

    private final RestClient inventory;
    private final StoredCopies copies;
    private final Clock clock;

    public StockOnHand(RestClient.Builder builder, ServiceUrls urls, UpstreamProperties properties,
            StoredCopies copies, Clock clock) {
        this.inventory = UpstreamClients.of(builder, urls, ShopMindService.INVENTORY, properties);
        this.copies = copies;
        this.clock = clock;
    }

    /** A SKU's stock: on hand and available (on hand not reserved), summed over warehouses. */
    public record Stock(long onHand, long available) {
    }

    public Map<String, Fetched<Stock>> of(List<String> skus) {
        Map<String, Fetched<Stock>> result = new LinkedHashMap<>();
        for (int start = 0; start < skus.size(); start += PositionsQuery.MAX_SKUS) {
            result.putAll(batch(skus.subList(start, Math.min(skus.size(), start + PositionsQuery.MAX_SKUS))));
        }
        return result;
    }

    private Map<String, Fetched<Stock>> batch(List<String> skus) {
        Map<String, Fetched<Stock>> result = new HashMap<>();
        String reason;
        try {
            Positions live = inventory.post().uri("/api/v1/inventory/positions/query")
                    .contentType(MediaType.APPLICATION_JSON).body(new PositionsQuery(new ArrayList<>(skus), null))
                    .retrieve().body(Positions.class);
            Instant now = clock.instant();
            Map<String, Stock> bySku = new HashMap<>();
            for (StockPosition position : live == null || live.positions() == null ? List.<StockPosition>of()
                    : live.positions()) {
                bySku.merge(position.sku(), new Stock(position.onHand(), position.available()),
                        (a, b) -> new Stock(a.onHand() + b.onHand(), a.available() + b.available()));
            }
            bySku.forEach((sku, stock) -> result.put(sku, new Fetched<>(stock, Source.LIVE, now, null)));
            copies.store(KIND, bySku, now);
            for (String sku : skus) {
                result.putIfAbsent(sku, new Fetched<>(null, Source.NONE, null, "inventory-service does not know " + sku));
            }
            return result;
        } catch (RestClientException e) {
            reason = "inventory-service unavailable (" + e.getMessage() + ")";
        }
        result.putAll(copies.load(KIND, skus, Stock.class, reason));
        for (String sku : skus) {
            result.putIfAbsent(sku, new Fetched<>(null, Source.NONE, null, reason + "; no stored copy"));
        }
        return result;
    }
}
