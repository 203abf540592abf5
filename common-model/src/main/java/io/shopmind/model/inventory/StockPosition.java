package io.shopmind.model.inventory;

import java.time.Instant;

/**
 * A SKU's stock in one warehouse, as inventory-service serves it.
 *
 * @param available         on hand not reserved
 * @param inventoryPosition on hand + on order &minus; backordered
 */
public record StockPosition(String sku, String warehouse, long onHand, long onOrder, long reserved, long backordered,
        long available, long inventoryPosition, Instant updatedAt) {
}
