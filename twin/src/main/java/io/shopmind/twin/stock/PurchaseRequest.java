package io.shopmind.twin.stock;

/**
 * Units the operations order from a SKU's supplier today.
 *
 * @param purchaseOrderId the operations' own order id, which the stock receipt will name; null to let the twin
 *                        number the order
 */
public record PurchaseRequest(String sku, int units, String purchaseOrderId) {

    public static PurchaseRequest of(String sku, int units) {
        return new PurchaseRequest(sku, units, null);
    }
}
