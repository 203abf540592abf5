package io.shopmind.inventory.purchasing;

public enum PurchaseOrderStatus {
    OPEN, PARTIALLY_RECEIVED, RECEIVED
}
