package io.shopmind.inventory.alert;

import java.util.UUID;

/**
 * Something about a SKU's stock a buyer should look at.
 *
 * @param planId       the plan whose reorder point and demand the alert uses
 * @param stockoutRisk probability that lead-time demand exceeds on hand plus on order
 */
public record Alert(Type type, String sku, String warehouse, String message, long onHand, long onOrder,
        long backordered, double reorderPoint, double demandPerDay, double leadTimeDays, double stockoutRisk,
        UUID planId) {

    public enum Type {
        /** Inventory position at or below the reorder point: time to order. */
        BELOW_REORDER_POINT,
        /** Even with what is on order, expected demand over the lead time exceeds the stock. */
        PROJECTED_STOCKOUT,
        /** On hand beyond the configured days of cover. */
        EXCESS_STOCK
    }
}
