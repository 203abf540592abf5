package io.shopmind.inventory.stock;

/**
 * Why demand or a count could not be taken from stock. Orders for unknown SKUs and counts below zero now go to the
 * dead letters instead; the two reasons remain for the shortfalls recorded before.
 */
public enum ShortfallReason {
    /** Recorded before dead letters: an order for a SKU inventory has neither parameters nor stock for. */
    UNKNOWN_SKU,
    /** An order for more than was on hand; the rest is backordered. */
    INSUFFICIENT_STOCK,
    /** Recorded before dead letters: a count correction below zero; on hand was set to zero. */
    ADJUSTMENT_BELOW_ZERO
}
