package io.shopmind.inventory.plan;

import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonFormat;
import io.shopmind.inventory.forecastclient.ForecastSource;
import io.shopmind.inventory.sku.SkuView;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A plan as the buyer sees it: how it was solved, how good it is, and every line with its inputs.
 *
 * @param method  {@code policy} (each SKU's own (s, S) policy) or {@code lagrangian} (shared budget and volume)
 * @param cost    the plan's cost over the horizon (lagrangian only)
 * @param lowerBound no plan can cost less (lagrangian only)
 * @param gap     (cost &minus; lowerBound) / cost
 * @param quality {@code optimal}, {@code feasible, not proven optimal}, ...
 */
public record PlanView(UUID id, PlanStatus status, String warehouse, int horizonWeeks, String currency,
        @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = "string", format = "decimal") BigDecimal budgetPerWeek, Double volumeCapacity, String method,
        Double cost, Double lowerBound, Double gap, String quality, Integer iterations, Long solveMillis,
        String error, Instant createdAt, Instant completedAt, Instant approvedAt, List<Line> lines) {

    /**
     * @param week            review week, 0 being this week
     * @param forecastSource  live, cached or none
     * @param reason          why the plan orders this (or nothing)
     */
    @Schema(name = "PlanLineView")
    public record Line(long id, String sku, String supplier, int week, LocalDate orderDate,
            LocalDate expectedReceipt, long quantity, Long approvedQuantity, String currency,
            @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = "string", format = "decimal") BigDecimal unitCost, ForecastSource forecastSource,
            String forecastModel, String forecastNote, double leadTimeMeanDays, double leadTimeSdDays,
            Double serviceLevel, Double demandPerDay, Double leadTimeDemandMean, Double leadTimeDemandSd,
            Double safetyStock, Double reorderPoint, Long orderQuantity, Double orderUpTo, long onHand, long onOrder,
            long backordered, String reason) {

        static Line of(PlanLine l) {
            return new Line(l.id(), l.sku(), l.supplier(), l.week(), l.orderDate(), l.expectedReceipt(), l.quantity(),
                    l.approvedQuantity(), l.currency(), SkuView.money(l.unitCost()), l.forecastSource(),
                    l.forecastModel(), l.forecastNote(), l.leadTimeMeanDays(), l.leadTimeSdDays(), l.serviceLevel(),
                    l.demandPerDay(), l.leadTimeDemandMean(), l.leadTimeDemandSd(), l.safetyStock(), l.reorderPoint(),
                    l.orderQuantity(), l.orderUpTo(), l.onHand(), l.onOrder(), l.backordered(), l.reason());
        }
    }

    static PlanView of(Plan p, List<PlanLine> lines) {
        return new PlanView(p.id(), p.status(), p.warehouse(), p.horizonWeeks(), p.currency(),
                SkuView.money(p.budgetPerWeek()), p.volumeCapacity(), p.method(), p.cost(), p.lowerBound(), p.gap(),
                p.quality(), p.iterations(), p.solveMillis(), p.error(), p.createdAt(), p.completedAt(),
                p.approvedAt(), lines.stream().map(Line::of).toList());
    }
}
