package io.shopmind.inventory.lotsizing;

import java.util.PriorityQueue;

/**
 * Turns a plan that may break the shared budget and volume limits into a feasible one: week by week, while a limit
 * is broken, cut the order (one case, or the whole order at its MOQ) with the smallest cost increase per unit of freed
 * capacity; then, week by week, add cases that lower the cost and still fit. Cutting an order in week t only lowers
 * stock from t on, so earlier weeks stay feasible.
 *
 * <p>The week totals of spend and volume are kept as the plan changes, so checking whether a change fits costs one
 * pass over the weeks, not over every SKU; the cheapest cut comes from a queue that holds each SKU's next cut.
 */
final class PlanRepair {

    private final PlanningProblem problem;
    private final int n;
    private final int weeks;
    private final int[][] x;
    private final double[][] post;
    private final double[] skuCost;
    private final double[] spend;
    private final double[] volume;
    private final double[] trial;

    private PlanRepair(PlanningProblem problem, int[][] plan) {
        this.problem = problem;
        this.n = problem.skus().size();
        this.weeks = problem.weeks();
        this.x = new int[n][];
        this.post = new double[n][weeks];
        this.skuCost = new double[n];
        this.spend = new double[weeks];
        this.volume = new double[weeks];
        this.trial = new double[weeks];
        for (int i = 0; i < n; i++) {
            PlanningProblem.Sku s = problem.skus().get(i);
            x[i] = plan[i].clone();
            skuCost[i] = SkuPlanning.evaluate(s, x[i], post[i]);
            for (int t = 0; t < weeks; t++) {
                spend[t] += s.unitCost() * s.packSize() * x[i][t];
                volume[t] += s.unitVolume() * post[i][t];
            }
        }
    }

    /** A feasible plan derived from {@code plan}, or null if even ordering nothing breaks a limit. */
    static int[][] repair(PlanningProblem problem, int[][] plan) {
        PlanRepair repair = new PlanRepair(problem, plan);
        for (int t = 0; t < repair.weeks; t++) {
            if (!repair.cutWeek(t)) {
                return null;
            }
        }
        repair.improve();
        return repair.x;
    }

    /** A SKU's next cut in a week: its cost increase per unit of capacity freed, and what it leaves. */
    private record Cut(int sku, int cases, double cost, double ratio, int version) {
    }

    private boolean cutWeek(int t) {
        int[] version = new int[n];
        while (true) {
            boolean overBudget = spend[t] > problem.budget(t) * (1 + 1e-12);
            boolean overVolume = volume[t] > problem.volumeCapacity(t) * (1 + 1e-12);
            if (!overBudget && !overVolume) {
                return true;
            }
            // the ratios depend on which limits are broken, so the queue holds for one such state only
            PriorityQueue<Cut> queue = new PriorityQueue<>((a, b) -> Double.compare(a.ratio(), b.ratio()));
            for (int i = 0; i < n; i++) {
                offer(queue, i, t, overBudget, overVolume, version[i]);
            }
            while (true) {
                Cut cut = queue.poll();
                if (cut == null) {
                    return false;
                }
                if (cut.version() != version[cut.sku()]) {
                    continue;
                }
                apply(cut.sku(), t, cut.cases(), cut.cost());
                version[cut.sku()]++;
                boolean stillBudget = spend[t] > problem.budget(t) * (1 + 1e-12);
                boolean stillVolume = volume[t] > problem.volumeCapacity(t) * (1 + 1e-12);
                if (stillBudget != overBudget || stillVolume != overVolume) {
                    break;
                }
                offer(queue, cut.sku(), t, overBudget, overVolume, version[cut.sku()]);
            }
        }
    }

    private void offer(PriorityQueue<Cut> queue, int i, int t, boolean overBudget, boolean overVolume, int version) {
        int old = x[i][t];
        if (old == 0) {
            return;
        }
        PlanningProblem.Sku s = problem.skus().get(i);
        int cut = old - 1 >= s.minCases() ? old - 1 : 0;
        x[i][t] = cut;
        double cost = SkuPlanning.evaluate(s, x[i], null);
        x[i][t] = old;
        double freedUnits = (double) s.packSize() * (old - cut);
        double freed = (overBudget ? s.unitCost() * freedUnits / problem.budget(t) : 0)
                + (overVolume ? s.unitVolume() * freedUnits / problem.volumeCapacity(t) : 0);
        if (freed > 0) {
            queue.add(new Cut(i, cut, cost, (cost - skuCost[i]) / freed, version));
        }
    }

    /** Sets SKU i's order in week t and brings its stock, cost and the week totals up to date. */
    private void apply(int i, int t, int cases, double cost) {
        PlanningProblem.Sku s = problem.skus().get(i);
        spend[t] += s.unitCost() * s.packSize() * (cases - x[i][t]);
        x[i][t] = cases;
        SkuPlanning.evaluate(s, x[i], trial);
        for (int u = 0; u < weeks; u++) {
            volume[u] += s.unitVolume() * (trial[u] - post[i][u]);
        }
        System.arraycopy(trial, 0, post[i], 0, weeks);
        skuCost[i] = cost;
    }

    /** Greedy additions that lower the cost and keep every limit; a few sweeps at most. */
    private void improve() {
        for (int sweep = 0; sweep < 3; sweep++) {
            boolean changed = false;
            for (int t = 0; t < weeks; t++) {
                for (int i = 0; i < n; i++) {
                    PlanningProblem.Sku s = problem.skus().get(i);
                    int old = x[i][t];
                    int more = old == 0 ? s.minCases() : old + 1;
                    if (more > s.maxCases()
                            || spend[t] + s.unitCost() * s.packSize() * (more - old) > problem.budget(t) * (1 + 1e-12)) {
                        continue;
                    }
                    x[i][t] = more;
                    double cost = SkuPlanning.evaluate(s, x[i], trial);
                    x[i][t] = old;
                    if (cost >= skuCost[i] - 1e-9 || !fits(i)) {
                        continue;
                    }
                    apply(i, t, more, cost);
                    changed = true;
                }
            }
            if (!changed) {
                return;
            }
        }
    }

    /** Whether SKU i's stock in {@code trial} in place of its current stock keeps every week within its limits. */
    private boolean fits(int i) {
        PlanningProblem.Sku s = problem.skus().get(i);
        for (int u = 0; u < weeks; u++) {
            if (trial[u] > s.maxStock()
                    || volume[u] + s.unitVolume() * (trial[u] - post[i][u]) > problem.volumeCapacity(u) * (1 + 1e-12)) {
                return false;
            }
        }
        return true;
    }
}
