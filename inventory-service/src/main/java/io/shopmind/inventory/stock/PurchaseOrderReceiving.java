package io.shopmind.inventory.stock;

/** Books received units against the purchase order a receipt names; implemented by purchasing. */
public interface PurchaseOrderReceiving {

    /**
     * Records {@code quantity} units of {@code sku} as received on the purchase order and lowers the units on order
     * by what was still outstanding. Unknown orders, and SKUs not on the order, are logged and otherwise ignored:
     * the stock itself has arrived either way.
     */
    void receivedFromEvent(String purchaseOrderId, String sku, String warehouse, long quantity);
}
