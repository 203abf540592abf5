package io.shopmind.supportbot.action;

import io.shopmind.model.inventory.Positions;
import io.shopmind.model.inventory.PositionsQuery;
import io.shopmind.model.inventory.StockPosition;
import java.util.List;
import java.util.Optional;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * Stock and lead time of a SKU: {@code POST /api/v1/inventory/positions/query} for the positions and
 * {@code GET /api/v1/inventory/skus/{sku}} for {@code leadTimeMeanDays}.
 */
public class InventoryClient {

    private static final String SERVICE = "inventory-service";

    private final RestClient rest;

    public InventoryClient(RestClient rest) {
        this.rest = rest;
    }

    public StockAnswer stock(String sku) throws ServiceUnavailableException {
        Positions positions = ServiceCall.call(SERVICE, () -> rest.post().uri("/api/v1/inventory/positions/query")
                .body(new PositionsQuery(List.of(sku), null)).retrieve().body(Positions.class))
                .orElseThrow(() -> new ServiceUnavailableException(SERVICE, null));
        List<StockPosition> found = positions.positions() == null ? List.of() : positions.positions();
        boolean known = !found.isEmpty() || positions.unknown() == null || !positions.unknown().contains(sku);
        long available = found.stream().mapToLong(p -> Math.max(0, p.available())).sum();
        long onOrder = found.stream().mapToLong(StockPosition::onOrder).sum();
        Double leadTime = null;
        if (known && available == 0) {
            Optional<JsonNode> parameters = ServiceCall.call(SERVICE, () -> rest.get()
                    .uri("/api/v1/inventory/skus/{sku}", sku).retrieve().body(JsonNode.class));
            leadTime = parameters.map(p -> p.get("leadTimeMeanDays")).filter(JsonNode::isNumber)
                    .map(JsonNode::asDouble).orElse(null);
        }
        return new StockAnswer(sku, known, available, onOrder, leadTime);
    }
}
