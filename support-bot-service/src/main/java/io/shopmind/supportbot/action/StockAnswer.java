package io.shopmind.supportbot.action;

/**
 * A SKU's stock as inventory-service knows it.
 *
 * @param available        units on hand not reserved, over every warehouse
 * @param onOrder          units on open purchase orders
 * @param leadTimeMeanDays the supplier's mean lead time, or null when inventory has no parameters for the SKU
 */
public record StockAnswer(String sku, boolean known, long available, long onOrder, Double leadTimeMeanDays) {
}
