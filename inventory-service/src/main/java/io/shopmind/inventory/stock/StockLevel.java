package io.shopmind.inventory.stock;

import java.time.Instant;

/**
 * One SKU's stock in one warehouse.
 *
 * @param backordered units customers ordered that stock could not serve; the next receipts serve them first
 */
public record StockLevel(String sku, String warehouse, long onHand, long onOrder, long reserved, long backordered,
        Instant updatedAt) {

    /** On hand not set aside. */
    public long available() {
        return onHand - reserved;
    }

    /** Inventory position: on hand plus on order minus backorders, what reorder points are compared with. */
    public long inventoryPosition() {
        return onHand + onOrder - backordered;
    }
}
