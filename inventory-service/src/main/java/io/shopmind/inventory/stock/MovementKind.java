package io.shopmind.inventory.stock;

/** What moved stock. The first four may come from the API; sales and backorder shipments come from events. */
public enum MovementKind {
    /** Units arrived: adds to on hand (after serving waiting backorders). */
    RECEIPT,
    /** Units left other than by a sale (damage, samples): takes from on hand. */
    ISSUE,
    /** A count correction, positive or negative. */
    ADJUSTMENT,
    /** Units set aside (positive) or released (negative); reserved never exceeds on hand. */
    RESERVATION,
    /** Units shipped for an order. */
    SALE,
    /** Units of a receipt that went straight to customers waiting on a backorder. */
    BACKORDER_SHIPPED;

    boolean allowedFromApi() {
        return this == RECEIPT || this == ISSUE || this == ADJUSTMENT || this == RESERVATION;
    }
}
