package io.shopmind.inventory.purchasing;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

@Entity
@Table(name = "purchase_order_line")
public class PurchaseOrderLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String sku;
    private long quantityOrdered;
    private long quantityReceived;
    private BigDecimal unitCost;

    protected PurchaseOrderLine() {
    }

    PurchaseOrderLine(String sku, long quantityOrdered, BigDecimal unitCost) {
        this.sku = sku;
        this.quantityOrdered = quantityOrdered;
        this.unitCost = unitCost;
    }

    /** Books received units; more than ordered may arrive. Returns how many of them were still outstanding. */
    long receive(long quantity) {
        long counted = Math.min(quantity, outstanding());
        quantityReceived += quantity;
        return counted;
    }

    public long outstanding() {
        return Math.max(0, quantityOrdered - quantityReceived);
    }

    public String sku() {
        return sku;
    }

    public long quantityOrdered() {
        return quantityOrdered;
    }

    public long quantityReceived() {
        return quantityReceived;
    }

    public BigDecimal unitCost() {
        return unitCost;
    }
}
