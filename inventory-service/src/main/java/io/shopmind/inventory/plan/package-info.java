/**
 * Replenishment planning runs: per SKU, the forecast's lead-time demand, safety stock, reorder point, order quantity
 * and order-up-to level, and the purchase-order lines for the horizon (by the SKU's own policy, or by Lagrangian
 * decomposition under a shared budget and warehouse volume); plans stored with their inputs for the buyer to approve.
 */
package io.shopmind.inventory.plan;
