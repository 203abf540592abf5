package io.shopmind.twin.catalogue;

/**
 * What the shop knows about one SKU: what a storefront, a buyer and a supplier's price list say.
 *
 * @param index            the SKU's position in the catalogue (0-based), the key of its random streams
 * @param id               the SKU code, e.g. {@code SKU-0042}
 * @param listPrice        the manufacturer's recommended price: the reference shoppers compare a price with
 * @param leadTimeMeanDays the supplier's mean lead time, in days
 * @param leadTimeSdDays   the standard deviation of the lead time, in days
 * @param casePack         units per case: orders are whole cases
 */
public record Sku(int index, String id, String name, String category, String brand, String supplier,
        double unitCost, double listPrice, double leadTimeMeanDays, double leadTimeSdDays, int casePack) {
}
