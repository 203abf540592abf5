package io.shopmind.inventory.stock;

import java.time.Instant;

/**
 * A stock position as the API shows it.
 *
 * @param available         on hand not reserved
 * @param inventoryPosition on hand + on order &minus; backordered
 */
public record PositionView(String sku, String warehouse, long onHand, long onOrder, long reserved, long backordered,
        long available, long inventoryPosition, Instant updatedAt) {

    static PositionView of(StockLevel level) {
        return new PositionView(level.sku(), level.warehouse(), level.onHand(), level.onOrder(), level.reserved(),
                level.backordered(), level.available(), level.inventoryPosition(), level.updatedAt());
    }
}
