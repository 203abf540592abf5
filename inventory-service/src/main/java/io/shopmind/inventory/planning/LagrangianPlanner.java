package io.shopmind.inventory.planning;

import java.time.Duration;

/**
 * Lagrangian decomposition for the multi-SKU replenishment problem (Fisher, "The Lagrangian
 * Relaxation Method for Solving Integer Programming Problems", Management Science 27(1), 1981;
 * Held, Wolfe &amp; Crowder 1974 for the subgradient step). The weekly budget and volume constraints,
 * each scaled by its capacity, are priced with multipliers &lambda;<sub>t</sub>, &mu;<sub>t</sub> &ge; 0; each
 * SKU's subproblem is solved exactly by {@link SkuPlanning}; the dual value
 * &Sigma;<sub>i</sub> z<sub>i</sub>(&lambda;,&mu;) &minus; &Sigma;<sub>t</sub>(&lambda;<sub>t</sub> + &mu;<sub>t</sub>) is a lower bound on
 * the optimum. Multipliers move by Polyak steps &theta;(UB &minus; L)/&#8214;g&#8214;&sup2;, &theta; halving when
 * the bound stalls. Each relaxed plan is repaired into a feasible one (cut the orders with the
 * cheapest cost per unit of freed capacity, week by week, then add profitable cases that still
 * fit); the best repaired plan is the answer.
 */
public final class LagrangianPlanner {

    /**
     * @param maxIterations   subgradient iterations at most
     * @param timeLimit       wall-clock limit
     * @param gapTolerance    stop once the relative gap is at most this
     * @param initialStepScale &theta; at the start, in (0, 2]
     * @param stallIterations iterations without a better bound before &theta; halves
     */
    public record Settings(int maxIterations, Duration timeLimit, double gapTolerance, double initialStepScale,
                           int stallIterations) {
        public Settings {
            if (maxIterations < 1) {
                throw new IllegalArgumentException("maxIterations must be at least 1");
            }
            if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) {
                throw new IllegalArgumentException("timeLimit must be positive");
            }
            if (!(gapTolerance >= 0)) {
                throw new IllegalArgumentException("gapTolerance must be non-negative");
            }
            if (!(initialStepScale > 0 && initialStepScale <= 2)) {
                throw new IllegalArgumentException("initialStepScale must be in (0,2]");
            }
            if (stallIterations < 1) {
                throw new IllegalArgumentException("stallIterations must be at least 1");
            }
        }

        public static Settings defaults() {
            return new Settings(300, Duration.ofSeconds(10), 1e-4, 2.0, 15);
        }
    }

    private final Settings settings;

    public LagrangianPlanner(Settings settings) {
        if (settings == null) {
            throw new IllegalArgumentException("settings must not be null");
        }
        this.settings = settings;
    }

    public ReplenishmentPlan solve(PlanningProblem problem) {
        long start = System.nanoTime();
        long deadline = start + settings.timeLimit().toNanos();
        int n = problem.skus().size();
        int weeks = problem.weeks();
        double[] lambda = new double[weeks];
        double[] mu = new double[weeks];
        double[] budgetPrice = new double[weeks];
        double[] volumePrice = new double[weeks];
        int[][] relaxed = new int[n][weeks];
        double[] post = new double[weeks];
        double[] gBudget = new double[weeks];
        double[] gVolume = new double[weeks];

        double lowerBound = Double.NEGATIVE_INFINITY;
        double upperBound = Double.POSITIVE_INFINITY;
        int[][] best = null;
        double theta = settings.initialStepScale();
        int stall = 0;
        int iteration = 0;
        while (iteration < settings.maxIterations() && System.nanoTime() < deadline) {
            iteration++;
            for (int t = 0; t < weeks; t++) {
                budgetPrice[t] = lambda[t] / problem.budget(t);
                volumePrice[t] = mu[t] / problem.volumeCapacity(t);
            }
            double dual = 0;
            for (int t = 0; t < weeks; t++) {
                dual -= lambda[t] + mu[t];
                gBudget[t] = -1;
                gVolume[t] = -1;
            }
            for (int i = 0; i < n; i++) {
                PlanningProblem.Sku sku = problem.skus().get(i);
                dual += SkuPlanning.solve(sku, budgetPrice, volumePrice, relaxed[i]);
                SkuPlanning.evaluate(sku, relaxed[i], post);
                for (int t = 0; t < weeks; t++) {
                    gBudget[t] += sku.unitCost() * sku.packSize() * relaxed[i][t] / problem.budget(t);
                    gVolume[t] += sku.unitVolume() * post[t] / problem.volumeCapacity(t);
                }
            }
            if (Double.isInfinite(lowerBound) || dual > lowerBound + 1e-9 * Math.max(1, Math.abs(lowerBound))) {
                lowerBound = dual;
                stall = 0;
            } else if (++stall >= settings.stallIterations()) {
                theta /= 2;
                stall = 0;
            }
            int[][] repaired = PlanRepair.repair(problem, relaxed);
            if (repaired != null) {
                double cost = problem.cost(repaired);
                if (cost < upperBound) {
                    upperBound = cost;
                    best = repaired;
                }
            }
            if (ReplenishmentPlan.gap(upperBound, lowerBound) <= settings.gapTolerance() || theta < 1e-6) {
                break;
            }
            double norm = 0;
            for (int t = 0; t < weeks; t++) {
                // a slack constraint with a zero price cannot move, so it does not count in the step
                double gb = lambda[t] == 0 && gBudget[t] < 0 ? 0 : gBudget[t];
                double gv = mu[t] == 0 && gVolume[t] < 0 ? 0 : gVolume[t];
                norm += gb * gb + gv * gv;
            }
            if (norm == 0) {
                break; // relaxed plan feasible with complementary slackness: it is optimal
            }
            double target = Double.isInfinite(upperBound) ? Math.abs(dual) * 1.1 + 1 : upperBound;
            double step = theta * Math.max(target - dual, 1e-9 * Math.max(1, Math.abs(dual))) / norm;
            for (int t = 0; t < weeks; t++) {
                lambda[t] = Math.max(0, lambda[t] + step * gBudget[t]);
                mu[t] = Math.max(0, mu[t] + step * gVolume[t]);
            }
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        if (best == null) {
            return new ReplenishmentPlan(new int[n][weeks], Double.POSITIVE_INFINITY, lowerBound,
                    Double.POSITIVE_INFINITY, false, iteration, elapsed);
        }
        return new ReplenishmentPlan(best, upperBound, lowerBound, ReplenishmentPlan.gap(upperBound, lowerBound),
                true, iteration, elapsed);
    }
}
