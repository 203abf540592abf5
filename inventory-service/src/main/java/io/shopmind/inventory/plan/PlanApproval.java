package io.shopmind.inventory.plan;

import io.shopmind.inventory.purchasing.PurchaseOrderView;
import io.shopmind.inventory.purchasing.Purchasing;
import io.shopmind.inventory.sku.Sku;
import io.shopmind.inventory.sku.SkuRepository;
import io.shopmind.model.problem.FieldError;
import io.shopmind.servicesupport.problem.ConflictException;
import io.shopmind.servicesupport.problem.InvalidInputException;
import io.shopmind.servicesupport.problem.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a proposed plan, with the buyer's edits, into purchase orders: one per supplier and order week, each line
 * at the quantity approved.
 */
@Service
class PlanApproval {

    private final PlanRepository plans;
    private final PlanLineRepository lines;
    private final SkuRepository skus;
    private final Purchasing purchasing;
    private final Clock clock;

    PlanApproval(PlanRepository plans, PlanLineRepository lines, SkuRepository skus, Purchasing purchasing,
            Clock clock) {
        this.plans = plans;
        this.lines = lines;
        this.skus = skus;
        this.purchasing = purchasing;
        this.clock = clock;
    }

    @Transactional
    List<PurchaseOrderView> approve(UUID planId, List<ApprovalRequest.Edit> edits) {
        Plan plan = plans.findById(planId).orElseThrow(() -> new NotFoundException("No plan " + planId));
        if (plan.status() != PlanStatus.PROPOSED) {
            throw new ConflictException("Plan " + planId + " is " + plan.status() + "; only a proposed plan can be "
                    + "approved.");
        }
        List<PlanLine> planLines = lines.findByPlanIdOrderBySkuAscWeekAsc(planId);
        Map<Long, PlanLine> byId = planLines.stream().collect(Collectors.toMap(PlanLine::id, Function.identity()));
        Map<Long, Long> quantities = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        Map<String, Sku> skuById = skus.findAllById(planLines.stream().map(PlanLine::sku).distinct().toList())
                .stream().collect(Collectors.toMap(Sku::sku, Function.identity()));
        for (int i = 0; i < edits.size(); i++) {
            ApprovalRequest.Edit edit = edits.get(i);
            PlanLine line = byId.get(edit.lineId());
            if (line == null) {
                errors.add(new FieldError("lines[" + i + "].lineId", "plan " + planId + " has no line "
                        + edit.lineId()));
            } else if (quantities.put(edit.lineId(), edit.quantity()) != null) {
                errors.add(new FieldError("lines[" + i + "].lineId", "line " + edit.lineId() + " is listed twice"));
            } else {
                String problem = orderable(skuById.get(line.sku()), edit.quantity());
                if (problem != null) {
                    errors.add(new FieldError("lines[" + i + "].quantity", problem));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The approval has lines that cannot be ordered.", errors);
        }
        Map<String, List<PlanLine>> orders = new LinkedHashMap<>();
        for (PlanLine line : planLines) {
            long quantity = quantities.getOrDefault(line.id(), line.quantity());
            line.approve(quantity);
            if (quantity > 0) {
                orders.computeIfAbsent(line.supplier() + "|" + line.orderDate(), k -> new ArrayList<>()).add(line);
            }
        }
        List<PurchaseOrderView> placed = new ArrayList<>();
        for (List<PlanLine> group : orders.values()) {
            PlanLine first = group.get(0);
            LocalDate expected = group.stream().map(PlanLine::expectedReceipt).max(LocalDate::compareTo).orElseThrow();
            BigDecimal minimum = group.stream().map(l -> skuById.get(l.sku()))
                    .map(s -> s == null ? BigDecimal.ZERO : s.supplierMinOrderValue())
                    .max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
            List<Purchasing.OrderLine> orderLines = group.stream()
                    .map(l -> new Purchasing.OrderLine(l.sku(), l.approvedQuantity(), l.unitCost())).toList();
            placed.add(PurchaseOrderView.of(purchasing.place(planId, first.supplier(), plan.warehouse(),
                    first.currency(), first.orderDate(), expected, minimum, orderLines)));
        }
        plan.approved(clock.instant());
        return placed;
    }

    /** Why the supplier would refuse {@code quantity} units of {@code sku}, or null: 0, or whole cases from the MOQ. */
    private static String orderable(Sku sku, long quantity) {
        if (quantity == 0 || sku == null) {
            return null;
        }
        if (quantity < sku.moq()) {
            return "must be 0 or at least the minimum order quantity of " + sku.moq();
        }
        if (quantity % sku.casePack() != 0) {
            return "must be whole cases of " + sku.casePack();
        }
        return null;
    }
}
