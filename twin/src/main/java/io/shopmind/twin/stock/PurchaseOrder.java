package io.shopmind.twin.stock;

import java.time.LocalDate;

/**
 * A purchase order line to a supplier.
 *
 * @param id       the order's id, unique in the run
 * @param quantity units, a whole number of case packs
 * @param due      the day the supplier delivers (the shop learns it when the stock arrives)
 */
public record PurchaseOrder(String id, String sku, int quantity, LocalDate ordered, LocalDate due) {
}
