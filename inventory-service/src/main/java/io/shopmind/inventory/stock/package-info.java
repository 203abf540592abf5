/**
 * Stock positions per SKU and warehouse (on hand, on order, reserved, backordered) and the movements that change
 * them, from commerce events and from the API.
 */
package io.shopmind.inventory.stock;
