/**
 * A SKU's replenishment policy from a demand forecast: lead-time demand from the forecast's per-period means and
 * interval widths, safety stock, reorder point, economic order quantity in whole cases, order-up-to level, and the
 * orders that policy places over a horizon. Pure Java, no framework dependencies.
 */
@PlainJava
package io.shopmind.inventory.replenishment;

import io.shopmind.model.PlainJava;
