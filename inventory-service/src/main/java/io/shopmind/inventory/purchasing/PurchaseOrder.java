package io.shopmind.inventory.purchasing;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** An order to one supplier for one warehouse, placed on {@code orderDate}. */
@Entity
@Table(name = "purchase_order")
public class PurchaseOrder {

    @Id
    private UUID id;
    private UUID planId;
    private String supplier;
    private String warehouse;
    private String currency;
    @Enumerated(EnumType.STRING)
    private PurchaseOrderStatus status;
    private LocalDate orderDate;
    private LocalDate expectedAt;
    private boolean belowSupplierMinimum;
    private Instant createdAt;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "purchase_order_id", nullable = false)
    @OrderBy("id")
    private List<PurchaseOrderLine> lines = new ArrayList<>();

    protected PurchaseOrder() {
    }

    PurchaseOrder(UUID planId, String supplier, String warehouse, String currency, LocalDate orderDate,
            LocalDate expectedAt, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.planId = planId;
        this.supplier = supplier;
        this.warehouse = warehouse;
        this.currency = currency;
        this.status = PurchaseOrderStatus.OPEN;
        this.orderDate = orderDate;
        this.expectedAt = expectedAt;
        this.createdAt = createdAt;
    }

    void add(PurchaseOrderLine line) {
        lines.add(line);
    }

    void belowSupplierMinimum(boolean below) {
        this.belowSupplierMinimum = below;
    }

    Optional<PurchaseOrderLine> line(String sku) {
        return lines.stream().filter(l -> l.sku().equals(sku)).findFirst();
    }

    /** Brings the status in line with what has been received. */
    void updateStatus() {
        boolean all = lines.stream().allMatch(l -> l.outstanding() == 0);
        boolean any = lines.stream().anyMatch(l -> l.quantityReceived() > 0);
        status = all ? PurchaseOrderStatus.RECEIVED : any ? PurchaseOrderStatus.PARTIALLY_RECEIVED
                : PurchaseOrderStatus.OPEN;
    }

    public BigDecimal total() {
        return lines.stream().map(l -> l.unitCost().multiply(BigDecimal.valueOf(l.quantityOrdered())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public UUID id() {
        return id;
    }

    public UUID planId() {
        return planId;
    }

    public String supplier() {
        return supplier;
    }

    public String warehouse() {
        return warehouse;
    }

    public String currency() {
        return currency;
    }

    public PurchaseOrderStatus status() {
        return status;
    }

    public LocalDate orderDate() {
        return orderDate;
    }

    public LocalDate expectedAt() {
        return expectedAt;
    }

    public boolean belowSupplierMinimum() {
        return belowSupplierMinimum;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<PurchaseOrderLine> lines() {
        return List.copyOf(lines);
    }
}
