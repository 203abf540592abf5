/** Stock alerts from the latest plan and the current positions: below reorder point, stockout risk, excess. */
package io.shopmind.inventory.alert;
