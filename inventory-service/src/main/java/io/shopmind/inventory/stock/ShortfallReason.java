package io.shopmind.inventory.stock;

/** Why demand or a count could not be taken from stock. */
public enum ShortfallReason {
    /** An order for a SKU inventory has neither parameters nor stock for. */
    UNKNOWN_SKU,
    /** An order for more than was on hand; the rest is backordered. */
    INSUFFICIENT_STOCK,
    /** A count correction below zero; on hand was set to zero. */
    ADJUSTMENT_BELOW_ZERO
}
