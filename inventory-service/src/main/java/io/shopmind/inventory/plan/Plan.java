package io.shopmind.inventory.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A planning run's header: what it was asked, how it solved, and how good the answer is. */
@Entity
@Table(name = "plan")
public class Plan {

    /** A plan whose gap is positive: the cost is achievable, but a cheaper plan may exist. */
    public static final String NOT_PROVEN_OPTIMAL = "feasible, not proven optimal";

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    private PlanStatus status;
    private String warehouse;
    private int horizonWeeks;
    private String currency;
    private BigDecimal budgetPerWeek;
    private Double volumeCapacity;
    private String method;
    private Double cost;
    private Double lowerBound;
    private Double gap;
    private String quality;
    private Integer iterations;
    private Long solveMillis;
    private String error;
    private Instant createdAt;
    private Instant completedAt;
    private Instant approvedAt;

    protected Plan() {
    }

    Plan(UUID id, String warehouse, int horizonWeeks, String currency, BigDecimal budgetPerWeek,
            Double volumeCapacity, Instant createdAt) {
        this.id = id;
        this.status = PlanStatus.RUNNING;
        this.warehouse = warehouse;
        this.horizonWeeks = horizonWeeks;
        this.currency = currency;
        this.budgetPerWeek = budgetPerWeek;
        this.volumeCapacity = volumeCapacity;
        this.method = constrained() ? "lagrangian" : "policy";
        this.createdAt = createdAt;
    }

    boolean constrained() {
        return budgetPerWeek != null || volumeCapacity != null;
    }

    void proposed(Double cost, Double lowerBound, Double gap, String quality, Integer iterations, Long solveMillis,
            Instant now) {
        this.status = PlanStatus.PROPOSED;
        this.cost = cost;
        this.lowerBound = lowerBound;
        this.gap = gap;
        this.quality = quality;
        this.iterations = iterations;
        this.solveMillis = solveMillis;
        this.completedAt = now;
    }

    void failed(String error, Instant now) {
        this.status = PlanStatus.FAILED;
        this.error = error;
        this.completedAt = now;
    }

    void approved(Instant now) {
        this.status = PlanStatus.APPROVED;
        this.approvedAt = now;
    }

    public UUID id() {
        return id;
    }

    public PlanStatus status() {
        return status;
    }

    public String warehouse() {
        return warehouse;
    }

    public int horizonWeeks() {
        return horizonWeeks;
    }

    public String currency() {
        return currency;
    }

    public BigDecimal budgetPerWeek() {
        return budgetPerWeek;
    }

    public Double volumeCapacity() {
        return volumeCapacity;
    }

    public String method() {
        return method;
    }

    public Double cost() {
        return cost;
    }

    public Double lowerBound() {
        return lowerBound;
    }

    public Double gap() {
        return gap;
    }

    public String quality() {
        return quality;
    }

    public Integer iterations() {
        return iterations;
    }

    public Long solveMillis() {
        return solveMillis;
    }

    public String error() {
        return error;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public Instant approvedAt() {
        return approvedAt;
    }
}
