package io.shopmind.inventory.alert;

import io.shopmind.inventory.InventoryProperties;
import io.shopmind.inventory.classification.InventoryHealth;
import io.shopmind.inventory.plan.PlanLine;
import io.shopmind.inventory.plan.PlanLineRepository;
import io.shopmind.inventory.plan.PlanRepository;
import io.shopmind.inventory.plan.PlanStatus;
import io.shopmind.inventory.stock.StockLedger;
import io.shopmind.inventory.stock.StockLevel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Alerts for a warehouse: the latest proposed or approved plan gives each SKU's reorder point, demand and lead time;
 * the current positions are compared with them ({@link InventoryHealth} for stockout risk and excess). SKUs no plan
 * has covered, or planned without a forecast, raise none.
 */
@Service
public class StockAlerts {

    private final PlanRepository plans;
    private final PlanLineRepository lines;
    private final StockLedger ledger;
    private final InventoryProperties properties;

    public StockAlerts(PlanRepository plans, PlanLineRepository lines, StockLedger ledger,
            InventoryProperties properties) {
        this.plans = plans;
        this.lines = lines;
        this.ledger = ledger;
        this.properties = properties;
    }

    public List<Alert> of(String warehouse) {
        var plan = plans.findFirstByWarehouseAndStatusInOrderByCreatedAtDesc(warehouse,
                List.of(PlanStatus.PROPOSED, PlanStatus.APPROVED));
        if (plan.isEmpty()) {
            return List.of();
        }
        Map<String, PlanLine> bySku = new LinkedHashMap<>();
        for (PlanLine line : lines.findByPlanIdOrderBySkuAscWeekAsc(plan.get().id())) {
            if (line.reorderPoint() != null) {
                bySku.putIfAbsent(line.sku(), line);
            }
        }
        Map<String, StockLevel> stock = ledger.positionsIn(warehouse, bySku.keySet());
        List<Alert> alerts = new ArrayList<>();
        double excessDays = properties.planning().excessCoverDays();
        for (PlanLine line : bySku.values()) {
            StockLevel level = stock.getOrDefault(line.sku(),
                    new StockLevel(line.sku(), warehouse, 0, 0, 0, 0, null));
            double perDay = line.demandPerDay();
            double lead = line.leadTimeMeanDays();
            double dailySd = lead > 0 ? line.leadTimeDemandSd() / Math.sqrt(lead) : 0;
            InventoryHealth.Report health = InventoryHealth.assess(new InventoryHealth.Input(level.onHand(),
                    Math.max(0, level.onOrder() - level.backordered()), perDay, dailySd, lead, excessDays,
                    line.unitCost().doubleValue()));
            long position = level.inventoryPosition();
            if (position <= line.reorderPoint()) {
                alerts.add(alert(Alert.Type.BELOW_REORDER_POINT, line, level, health, String.format(Locale.ROOT,
                        "Inventory position %d is at or below the reorder point %.1f", position,
                        line.reorderPoint())));
            }
            if (position < line.leadTimeDemandMean()) {
                alerts.add(alert(Alert.Type.PROJECTED_STOCKOUT, line, level, health, String.format(Locale.ROOT,
                        "Expected demand over the %.1f-day lead time (%.1f) exceeds on hand and on order (%d): "
                                + "stockout risk %.0f%%", lead, line.leadTimeDemandMean(), position,
                        100 * health.stockoutRisk())));
            }
            if (health.excessUnits() > 0 && perDay > 0) {
                alerts.add(alert(Alert.Type.EXCESS_STOCK, line, level, health, String.format(Locale.ROOT,
                        "%.0f units on hand beyond %.0f days of cover (%.0f days on hand), worth %.2f %s",
                        health.excessUnits(), excessDays, health.daysOfCover(), health.excessValue(),
                        line.currency())));
            }
        }
        return alerts;
    }

    private static Alert alert(Alert.Type type, PlanLine line, StockLevel level, InventoryHealth.Report health,
            String message) {
        return new Alert(type, line.sku(), level.warehouse(), message, level.onHand(), level.onOrder(),
                level.backordered(), line.reorderPoint(), line.demandPerDay(), line.leadTimeMeanDays(),
                health.stockoutRisk(), line.planId());
    }
}
