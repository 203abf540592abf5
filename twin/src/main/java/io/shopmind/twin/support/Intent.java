package io.shopmind.twin.support;

/** What a shopper writes to support about. */
public enum Intent {
    WHERE_IS_MY_ORDER,
    RETURN,
    STOCK,
    PRICE,
    OUT_OF_SCOPE
}
