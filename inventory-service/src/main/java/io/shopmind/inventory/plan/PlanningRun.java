package io.shopmind.inventory.plan;

import io.shopmind.inventory.InventoryProperties;
import io.shopmind.inventory.forecastclient.DemandForecasts;
import io.shopmind.inventory.forecastclient.ForecastSource;
import io.shopmind.inventory.forecastclient.ForecastUse;
import io.shopmind.inventory.planning.LagrangianPlanner;
import io.shopmind.inventory.planning.PlanningProblem;
import io.shopmind.inventory.planning.ReplenishmentPlan;
import io.shopmind.inventory.replenishment.ForecastDemand;
import io.shopmind.inventory.replenishment.ProjectedOrders;
import io.shopmind.inventory.replenishment.ReorderPolicy;
import io.shopmind.inventory.sku.Sku;
import io.shopmind.inventory.stock.StockLedger;
import io.shopmind.inventory.stock.StockLevel;
import io.shopmind.servicesupport.job.JobProgress;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The work of a planning job. Per SKU: the forecast (live, cached or none), its lead-time demand, the reorder policy,
 * and the orders over the horizon. Without shared limits each SKU's (s, S) policy places them; with a weekly budget
 * or volume the orders come from {@link LagrangianPlanner} on this model:
 * <ul>
 *   <li>an order placed in week t arrives after the lead time, so week t's demand is the forecast over
 *       [L + 7t, L + 7t + 7) days;</li>
 *   <li>the safety stock stays in reserve: the stock the model starts from is the inventory position above the
 *       reorder point, and the volume the safety stocks take is set aside from the capacity;</li>
 *   <li>holding cost per week is the annual rate &times; unit cost / 52; a lost sale costs the unit cost plus the cost
 *       per unit short (given, or implied by the service level, see
 *       {@link ReorderPolicy#stockoutCostForServiceLevel}).</li>
 * </ul>
 */
@Component
class PlanningRun {

    /** Stands for "no limit" where the planner needs a number. */
    private static final double UNLIMITED = 1e15;

    private final DemandForecasts forecasts;
    private final StockLedger ledger;
    private final PlanRepository plans;
    private final PlanLineRepository lines;
    private final TransactionTemplate transactions;
    private final InventoryProperties properties;
    private final Clock clock;

    PlanningRun(DemandForecasts forecasts, StockLedger ledger, PlanRepository plans, PlanLineRepository lines,
            TransactionTemplate transactions, InventoryProperties properties, Clock clock) {
        this.forecasts = forecasts;
        this.ledger = ledger;
        this.plans = plans;
        this.lines = lines;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    String run(UUID planId, List<Sku> skus, JobProgress progress) {
        Plan plan = plans.findById(planId).orElseThrow();
        try {
            List<SkuInputs> inputs = inputs(plan, skus, progress);
            LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
            List<PlanLine> planned = new ArrayList<>();
            if (plan.constrained()) {
                ReplenishmentPlan solution = solveShared(plan, inputs, today, planned);
                boolean optimal = solution.feasible() && solution.gap() <= 1e-9;
                plan.proposed(finite(solution.cost()), finite(solution.lowerBound()), finite(solution.gap()),
                        !solution.feasible() ? "no feasible plan found" : optimal ? "optimal" : Plan.NOT_PROVEN_OPTIMAL,
                        solution.iterations(), solution.elapsed().toMillis(), clock.instant());
            } else {
                for (SkuInputs in : inputs) {
                    planned.addAll(byPolicy(plan, in, today));
                }
                plan.proposed(null, null, null, "each SKU by its own (s, S) policy", null, null, clock.instant());
            }
            progress.report(skus.size(), skus.size(), "saving " + planned.size() + " lines");
            transactions.executeWithoutResult(status -> {
                lines.saveAll(planned);
                plans.save(plan);
            });
            return "/api/v1/inventory/plans/" + planId;
        } catch (RuntimeException e) {
            // a domain reason is the buyer's to read; anything else stays in the log, with the job
            plan.failed(e instanceof IllegalStateException && e.getMessage() != null ? e.getMessage()
                    : "Planning stopped on an internal error; see the planning job.", clock.instant());
            transactions.executeWithoutResult(status -> plans.save(plan));
            throw e;
        }
    }

    private List<SkuInputs> inputs(Plan plan, List<Sku> skus, JobProgress progress) {
        Map<String, StockLevel> stock = ledger.positionsIn(plan.warehouse(), skus.stream().map(Sku::sku).toList());
        List<SkuInputs> inputs = new ArrayList<>(skus.size());
        int every = Math.max(1, skus.size() / 100);
        for (int i = 0; i < skus.size(); i++) {
            Sku sku = skus.get(i);
            ForecastUse forecast = forecasts.forecastFor(sku.sku());
            StockLevel level = stock.get(sku.sku());
            long onHand = level == null ? 0 : level.onHand();
            long onOrder = level == null ? 0 : level.onOrder();
            long backordered = level == null ? 0 : level.backordered();
            ForecastDemand demand = null;
            ReorderPolicy.Policy policy = null;
            if (forecast.source() != ForecastSource.NONE) {
                demand = DemandForecasts.demandOf(forecast.forecast());
                policy = ReorderPolicy.of(demand, policySku(sku));
            }
            inputs.add(new SkuInputs(sku, forecast, demand, policy, onHand, onOrder, backordered));
            if ((i + 1) % every == 0 || i + 1 == skus.size()) {
                progress.report(i + 1, skus.size(), sku.sku() + ": forecast " + forecast.source().label());
            }
        }
        return inputs;
    }

    static ReorderPolicy.Sku policySku(Sku sku) {
        return new ReorderPolicy.Sku(sku.leadTimeMeanDays(), sku.leadTimeSdDays(),
                sku.serviceLevel() == null ? Double.NaN : sku.serviceLevel(),
                sku.stockoutCost() == null ? Double.NaN : sku.stockoutCost().doubleValue(),
                sku.unitCost().doubleValue(), sku.orderingCost().doubleValue(), sku.holdingCostRate(), sku.moq(),
                sku.casePack());
    }

    private List<PlanLine> byPolicy(Plan plan, SkuInputs in, LocalDate today) {
        if (in.policy() == null) {
            return List.of(new PlanLine(plan.id(), in, 0, today, 0, "No forecast, nothing planned: "
                    + in.forecast().note()));
        }
        ReorderPolicy.Policy p = in.policy();
        double[] weekly = new double[plan.horizonWeeks()];
        for (int t = 0; t < weekly.length; t++) {
            weekly[t] = in.demand().meanOver(7.0 * t, 7.0 * t + 7);
        }
        List<ProjectedOrders.Order> orders = ProjectedOrders.project(weekly, in.inventoryPosition(), p.reorderPoint(),
                p.orderUpToLevel(), in.sku().moq(), in.sku().casePack());
        if (orders.isEmpty()) {
            return List.of(new PlanLine(plan.id(), in, 0, today, 0, String.format(Locale.ROOT,
                    "Position %d stays above reorder point %.1f over %d weeks of forecast demand %.1f/week",
                    in.inventoryPosition(), p.reorderPoint(), weekly.length, p.demandPerDay() * 7)));
        }
        List<PlanLine> planned = new ArrayList<>();
        for (ProjectedOrders.Order order : orders) {
            planned.add(new PlanLine(plan.id(), in, order.week(), today.plusWeeks(order.week()), order.quantity(),
                    String.format(Locale.ROOT,
                            "Projected position %.1f at or below reorder point %.1f (lead-time demand %.1f + safety "
                                    + "stock %.1f at %.1f%% service): order up to %.1f, in cases of %d",
                            order.positionAtReview(), p.reorderPoint(), p.leadTimeDemand().mean(), p.safetyStock(),
                            100 * p.serviceLevel(), p.orderUpToLevel(), in.sku().casePack())));
        }
        return planned;
    }

    private ReplenishmentPlan solveShared(Plan plan, List<SkuInputs> inputs, LocalDate today, List<PlanLine> planned) {
        int weeks = plan.horizonWeeks();
        List<SkuInputs> modelled = new ArrayList<>();
        List<PlanningProblem.Sku> skus = new ArrayList<>();
        double reservedVolume = 0;
        for (SkuInputs in : inputs) {
            if (in.policy() == null) {
                planned.add(new PlanLine(plan.id(), in, 0, today, 0, "No forecast, nothing planned: "
                        + in.forecast().note()));
                continue;
            }
            modelled.add(in);
            skus.add(modelSku(in, weeks));
            reservedVolume += in.sku().unitVolume() * in.policy().safetyStock();
        }
        if (skus.isEmpty()) {
            return new ReplenishmentPlan(new int[0][weeks], 0, 0, 0, true, 0, java.time.Duration.ZERO);
        }
        double[] budget = new double[weeks];
        double[] volume = new double[weeks];
        for (int t = 0; t < weeks; t++) {
            budget[t] = plan.budgetPerWeek() == null ? UNLIMITED : plan.budgetPerWeek().doubleValue();
            volume[t] = plan.volumeCapacity() == null ? UNLIMITED
                    : Math.max(1e-9, plan.volumeCapacity() - reservedVolume);
        }
        PlanningProblem problem = new PlanningProblem(skus, budget, volume);
        LagrangianPlanner planner = new LagrangianPlanner(new LagrangianPlanner.Settings(300,
                properties.planning().solveTimeLimit(), 1e-4, 2.0, 15));
        ReplenishmentPlan solution = planner.solve(problem);
        int[][] cases = solution.cases();
        for (int i = 0; i < modelled.size(); i++) {
            SkuInputs in = modelled.get(i);
            PlanningProblem.Sku model = skus.get(i);
            boolean any = false;
            for (int t = 0; t < weeks; t++) {
                if (cases[i][t] > 0) {
                    any = true;
                    planned.add(new PlanLine(plan.id(), in, t, today.plusWeeks(t),
                            (long) cases[i][t] * model.packSize(), String.format(Locale.ROOT,
                            "Shared budget/volume plan: %d cases of %d for week %d's demand of %d after the lead time; "
                                    + "stock above reorder point %.1f at the start: %d",
                            cases[i][t], model.packSize(), t, model.demand(t), in.policy().reorderPoint(),
                            model.initialStock())));
                }
            }
            if (!any) {
                planned.add(new PlanLine(plan.id(), in, 0, today, 0, String.format(Locale.ROOT,
                        solution.feasible()
                                ? "Shared budget/volume plan orders nothing: stock above reorder point %.1f (%d) "
                                        + "covers the demand, or the budget and volume serve other SKUs better"
                                : "No feasible shared plan (reorder point %.1f, stock above it %d)",
                        in.policy().reorderPoint(), model.initialStock())));
            }
        }
        return solution;
    }

    private static PlanningProblem.Sku modelSku(SkuInputs in, int weeks) {
        Sku sku = in.sku();
        ReorderPolicy.Policy p = in.policy();
        double lead = sku.leadTimeMeanDays();
        int[] demand = new int[weeks];
        int peak = 0;
        for (int t = 0; t < weeks; t++) {
            demand[t] = (int) Math.round(in.demand().meanOver(lead + 7.0 * t, lead + 7.0 * t + 7));
            peak = Math.max(peak, demand[t]);
        }
        int pack = sku.casePack();
        int minCases = Math.max(1, (int) Math.ceil((double) sku.moq() / pack));
        int initial = (int) Math.max(0, Math.round(in.inventoryPosition() - p.reorderPoint()));
        int maxStock = (int) Math.max(Math.max(initial, (long) minCases * pack), p.orderQuantity() + 2L * peak);
        double annualHolding = sku.holdingCostRate() * sku.unitCost().doubleValue();
        double shortage = sku.serviceLevel() != null || sku.stockoutCost() == null
                ? ReorderPolicy.stockoutCostForServiceLevel(p.orderQuantity(), annualHolding, 365 * p.demandPerDay(),
                        p.serviceLevel())
                : sku.stockoutCost().doubleValue();
        return new PlanningProblem.Sku(sku.sku(), demand, pack, minCases, maxStock, initial,
                sku.orderingCost().doubleValue(), sku.unitCost().doubleValue(), annualHolding / 52,
                sku.unitCost().doubleValue() + shortage, sku.unitVolume());
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
