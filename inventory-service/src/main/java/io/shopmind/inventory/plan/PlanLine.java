package io.shopmind.inventory.plan;

import io.shopmind.inventory.forecastclient.ForecastSource;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One proposed purchase-order line of a plan (or, with quantity 0, a SKU the plan orders nothing for), with the
 * inputs a buyer needs to see why: the forecast used, lead time, service level, reorder point, stock.
 */
@Entity
@Table(name = "plan_line")
public class PlanLine {

    @Id
    // ids in blocks of 50 from the column's sequence, so Hibernate batches a plan's inserts (V7)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_line_ids")
    @SequenceGenerator(name = "plan_line_ids", sequenceName = "plan_line_ids", allocationSize = 50)
    private Long id;
    private UUID planId;
    private String sku;
    private String supplier;
    private int week;
    private LocalDate orderDate;
    private LocalDate expectedReceipt;
    private long quantity;
    private Long approvedQuantity;
    private String currency;
    private BigDecimal unitCost;
    @Enumerated(EnumType.STRING)
    private ForecastSource forecastSource;
    private String forecastModel;
    private String forecastNote;
    private double leadTimeMeanDays;
    private double leadTimeSdDays;
    private Double serviceLevel;
    private Double demandPerDay;
    private Double leadTimeDemandMean;
    private Double leadTimeDemandSd;
    private String leadTimeDemandBasis;
    private Double safetyStock;
    private Double reorderPoint;
    private Long orderQuantity;
    private Double orderUpTo;
    private long onHand;
    private long onOrder;
    private long backordered;
    private String reason;

    protected PlanLine() {
    }

    PlanLine(UUID planId, SkuInputs in, int week, LocalDate orderDate, long quantity, String reason) {
        this.planId = planId;
        this.sku = in.sku().sku();
        this.supplier = in.sku().supplier();
        this.week = week;
        this.orderDate = orderDate;
        this.expectedReceipt = orderDate.plusDays((long) Math.ceil(in.sku().leadTimeMeanDays()));
        this.quantity = quantity;
        this.currency = in.sku().currency();
        this.unitCost = in.sku().unitCost();
        this.forecastSource = in.forecast().source();
        this.forecastModel = in.forecast().forecast() == null ? null : in.forecast().forecast().model();
        this.forecastNote = in.forecast().note();
        this.leadTimeMeanDays = in.sku().leadTimeMeanDays();
        this.leadTimeSdDays = in.sku().leadTimeSdDays();
        this.onHand = in.onHand();
        this.onOrder = in.onOrder();
        this.backordered = in.backordered();
        if (in.policy() != null) {
            this.serviceLevel = in.policy().serviceLevel();
            this.demandPerDay = in.policy().demandPerDay();
            this.leadTimeDemandMean = in.policy().leadTimeDemand().mean();
            this.leadTimeDemandSd = in.policy().leadTimeDemand().sd();
            this.leadTimeDemandBasis = in.policy().leadTimeDemandBasis();
            this.safetyStock = in.policy().safetyStock();
            this.reorderPoint = in.policy().reorderPoint();
            this.orderQuantity = in.policy().orderQuantity();
            this.orderUpTo = in.policy().orderUpToLevel();
        }
        this.reason = reason;
    }

    void approve(long quantity) {
        this.approvedQuantity = quantity;
    }

    public Long id() {
        return id;
    }

    public UUID planId() {
        return planId;
    }

    public String sku() {
        return sku;
    }

    public String supplier() {
        return supplier;
    }

    public int week() {
        return week;
    }

    public LocalDate orderDate() {
        return orderDate;
    }

    public LocalDate expectedReceipt() {
        return expectedReceipt;
    }

    public long quantity() {
        return quantity;
    }

    public Long approvedQuantity() {
        return approvedQuantity;
    }

    public String currency() {
        return currency;
    }

    public BigDecimal unitCost() {
        return unitCost;
    }

    public ForecastSource forecastSource() {
        return forecastSource;
    }

    public String forecastModel() {
        return forecastModel;
    }

    public String forecastNote() {
        return forecastNote;
    }

    public double leadTimeMeanDays() {
        return leadTimeMeanDays;
    }

    public double leadTimeSdDays() {
        return leadTimeSdDays;
    }

    public Double serviceLevel() {
        return serviceLevel;
    }

    public Double demandPerDay() {
        return demandPerDay;
    }

    public Double leadTimeDemandMean() {
        return leadTimeDemandMean;
    }

    public Double leadTimeDemandSd() {
        return leadTimeDemandSd;
    }

    public String leadTimeDemandBasis() {
        return leadTimeDemandBasis;
    }

    public Double safetyStock() {
        return safetyStock;
    }

    public Double reorderPoint() {
        return reorderPoint;
    }

    public Long orderQuantity() {
        return orderQuantity;
    }

    public Double orderUpTo() {
        return orderUpTo;
    }

    public long onHand() {
        return onHand;
    }

    public long onOrder() {
        return onOrder;
    }

    public long backordered() {
        return backordered;
    }

    public String reason() {
        return reason;
    }
}
