/** SKU replenishment parameters: costs, service target, lead time, order constraints and supplier. */
package io.shopmind.inventory.sku;
