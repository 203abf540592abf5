package io.shopmind.inventory.sku;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A SKU's replenishment parameters; money in {@link #currency()}. */
@Entity
@Table(name = "sku")
public class Sku {

    @Id
    private String sku;
    private String currency;
    private BigDecimal unitCost;
    private BigDecimal orderingCost;
    private double holdingCostRate;
    private BigDecimal stockoutCost;
    private Double serviceLevel;
    private double leadTimeMeanDays;
    private double leadTimeSdDays;
    private int moq;
    private int casePack;
    private double unitVolume;
    private String supplier;
    private BigDecimal supplierMinOrderValue;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Sku() {
    }

    public Sku(String sku) {
        this.sku = sku;
    }

    void update(SkuRequest request, Instant now) {
        currency = request.currency();
        unitCost = request.unitCost();
        orderingCost = request.orderingCost();
        holdingCostRate = request.holdingCostRate();
        stockoutCost = request.stockoutCost();
        serviceLevel = request.serviceLevel();
        leadTimeMeanDays = request.leadTimeMeanDays();
        leadTimeSdDays = request.leadTimeSdDays();
        moq = request.moq();
        casePack = request.casePack();
        unitVolume = request.unitVolume();
        supplier = request.supplier();
        supplierMinOrderValue = request.supplierMinOrderValue() == null ? BigDecimal.ZERO
                : request.supplierMinOrderValue();
        updatedAt = now;
    }

    public String sku() {
        return sku;
    }

    public String currency() {
        return currency;
    }

    public BigDecimal unitCost() {
        return unitCost;
    }

    public BigDecimal orderingCost() {
        return orderingCost;
    }

    /** Holding cost per year as a fraction of the unit cost. */
    public double holdingCostRate() {
        return holdingCostRate;
    }

    /** Cost per unit short, or null when the SKU has a service level target instead. */
    public BigDecimal stockoutCost() {
        return stockoutCost;
    }

    /** Target cycle service level, or null when the SKU has a stockout cost instead. */
    public Double serviceLevel() {
        return serviceLevel;
    }

    public double leadTimeMeanDays() {
        return leadTimeMeanDays;
    }

    public double leadTimeSdDays() {
        return leadTimeSdDays;
    }

    /** Minimum order quantity in units. */
    public int moq() {
        return moq;
    }

    public int casePack() {
        return casePack;
    }

    public double unitVolume() {
        return unitVolume;
    }

    public String supplier() {
        return supplier;
    }

    public BigDecimal supplierMinOrderValue() {
        return supplierMinOrderValue;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
