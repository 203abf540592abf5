package io.shopmind.inventory.lotsizing;

import java.time.Duration;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The full model of {@link PlanningProblem} as one MIP solved by ojAlgo's branch and bound. Meant for
 * small instances (a handful of SKUs and weeks) and for checking the decomposition; larger
 * instances belong to {@link LagrangianPlanner}.
 */
public final class MipPlanner {

    private MipPlanner() {
    }

    /** Optimal plan; lowerBound equals cost when ojAlgo proves optimality. */
    public static ReplenishmentPlan solve(PlanningProblem problem) {
        long start = System.nanoTime();
        int n = problem.skus().size();
        int weeks = problem.weeks();
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[][] x = new Variable[n][weeks];
        Variable[][] y = new Variable[n][weeks];
        Variable[][] inv = new Variable[n][weeks];
        Variable[][] lost = new Variable[n][weeks];
        for (int i = 0; i < n; i++) {
            PlanningProblem.Sku s = problem.skus().get(i);
            for (int t = 0; t < weeks; t++) {
                x[i][t] = model.addVariable("x_" + i + "_" + t).integer(true).lower(0).upper(s.maxCases())
                        .weight(s.unitCost() * s.packSize());
                y[i][t] = model.addVariable("y_" + i + "_" + t).binary().weight(s.fixedCost());
                inv[i][t] = model.addVariable("I_" + i + "_" + t).lower(0).upper(s.maxStock())
                        .weight(s.holdingCost());
                lost[i][t] = model.addVariable("s_" + i + "_" + t).lower(0).upper(s.demand(t))
                        .weight(s.lostSaleCost());
            }
        }
        for (int i = 0; i < n; i++) {
            PlanningProblem.Sku s = problem.skus().get(i);
            for (int t = 0; t < weeks; t++) {
                // I_t - I_{t-1} - p x_t - s_t = -d_t
                double rhs = -s.demand(t) + (t == 0 ? s.initialStock() : 0);
                Expression balance = model.addExpression("balance_" + i + "_" + t).level(rhs);
                balance.set(inv[i][t], 1).set(x[i][t], -s.packSize()).set(lost[i][t], -1);
                if (t > 0) {
                    balance.set(inv[i][t - 1], -1);
                }
                model.addExpression("moq_" + i + "_" + t).lower(0).set(x[i][t], 1).set(y[i][t], -s.minCases());
                model.addExpression("link_" + i + "_" + t).upper(0).set(x[i][t], 1).set(y[i][t], -s.maxCases());
                Expression cap = model.addExpression("stock_" + i + "_" + t)
                        .upper(s.maxStock() - (t == 0 ? s.initialStock() : 0));
                cap.set(x[i][t], s.packSize());
                if (t > 0) {
                    cap.set(inv[i][t - 1], 1);
                }
            }
        }
        for (int t = 0; t < weeks; t++) {
            Expression budget = model.addExpression("budget_" + t).upper(problem.budget(t));
            double initialVolume = 0;
            Expression volume = model.addExpression("volume_" + t);
            for (int i = 0; i < n; i++) {
                PlanningProblem.Sku s = problem.skus().get(i);
                budget.set(x[i][t], s.unitCost() * s.packSize());
                volume.set(x[i][t], s.unitVolume() * s.packSize());
                if (t > 0) {
                    volume.set(inv[i][t - 1], s.unitVolume());
                } else {
                    initialVolume += s.unitVolume() * s.initialStock();
                }
            }
            volume.upper(problem.volumeCapacity(t) - initialVolume);
        }
        Optimisation.Result result = model.minimise();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        if (!result.getState().isFeasible()) {
            return new ReplenishmentPlan(new int[n][weeks], Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                    Double.POSITIVE_INFINITY, false, 0, elapsed);
        }
        int[][] cases = new int[n][weeks];
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < weeks; t++) {
                cases[i][t] = (int) Math.round(x[i][t].getValue().doubleValue());
            }
        }
        // re-evaluate so the cost is exactly the plan's cost under the shared evaluation rules
        double cost = problem.cost(cases);
        double bound = result.getState().isOptimal() ? cost : Double.NEGATIVE_INFINITY;
        return new ReplenishmentPlan(cases, cost, bound, ReplenishmentPlan.gap(cost, bound),
                problem.isFeasible(cases), 0, elapsed);
    }
}
