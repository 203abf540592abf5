package io.shopmind.inventory.planning;

/**
 * Turns a plan that may break the shared budget and volume limits into a feasible one: week by
 * week, while a limit is broken, cut the order (one case, or the whole order at its MOQ) with the
 * smallest cost increase per unit of freed capacity; then, week by week, add cases that lower the
 * cost and still fit. Cutting an order in week t only lowers stock from t on, so earlier weeks
 * stay feasible.
 */
final class PlanRepair {

    private PlanRepair() {
    }

    /** A feasible plan derived from {@code plan}, or null if even ordering nothing breaks a limit. */
    static int[][] repair(PlanningProblem problem, int[][] plan) {
        int n = problem.skus().size();
        int weeks = problem.weeks();
        int[][] x = new int[n][];
        for (int i = 0; i < n; i++) {
            x[i] = plan[i].clone();
        }
        double[][] post = new double[n][weeks];
        double[] skuCost = new double[n];
        for (int i = 0; i < n; i++) {
            skuCost[i] = SkuPlanning.evaluate(problem.skus().get(i), x[i], post[i]);
        }
        double[] trial = new double[weeks];
        for (int t = 0; t < weeks; t++) {
            while (true) {
                double spend = 0;
                double volume = 0;
                for (int i = 0; i < n; i++) {
                    PlanningProblem.Sku s = problem.skus().get(i);
                    spend += s.unitCost() * s.packSize() * x[i][t];
                    volume += s.unitVolume() * post[i][t];
                }
                boolean overBudget = spend > problem.budget(t) * (1 + 1e-12);
                boolean overVolume = volume > problem.volumeCapacity(t) * (1 + 1e-12);
                if (!overBudget && !overVolume) {
                    break;
                }
                int bestSku = -1;
                int bestCases = 0;
                double bestRatio = Double.POSITIVE_INFINITY;
                double bestCost = 0;
                for (int i = 0; i < n; i++) {
                    if (x[i][t] == 0) {
                        continue;
                    }
                    PlanningProblem.Sku s = problem.skus().get(i);
                    int old = x[i][t];
                    int cut = old - 1 >= s.minCases() ? old - 1 : 0;
                    x[i][t] = cut;
                    double cost = SkuPlanning.evaluate(s, x[i], null);
                    x[i][t] = old;
                    double freedUnits = (double) s.packSize() * (old - cut);
                    double freed = (overBudget ? s.unitCost() * freedUnits / problem.budget(t) : 0)
                            + (overVolume ? s.unitVolume() * freedUnits / problem.volumeCapacity(t) : 0);
                    if (freed <= 0) {
                        continue;
                    }
                    double ratio = (cost - skuCost[i]) / freed;
                    if (ratio < bestRatio) {
                        bestRatio = ratio;
                        bestSku = i;
                        bestCases = cut;
                        bestCost = cost;
                    }
                }
                if (bestSku < 0) {
                    return null;
                }
                x[bestSku][t] = bestCases;
                skuCost[bestSku] = bestCost;
                SkuPlanning.evaluate(problem.skus().get(bestSku), x[bestSku], post[bestSku]);
            }
        }
        improve(problem, x, post, skuCost, trial);
        return x;
    }

    /** Greedy additions that lower the cost and keep every limit; a few sweeps at most. */
    private static void improve(PlanningProblem problem, int[][] x, double[][] post, double[] skuCost,
                                double[] trial) {
        int n = problem.skus().size();
        int weeks = problem.weeks();
        double[] spend = new double[weeks];
        double[] volume = new double[weeks];
        for (int sweep = 0; sweep < 3; sweep++) {
            boolean changed = false;
            for (int t = 0; t < weeks; t++) {
                for (int i = 0; i < n; i++) {
                    PlanningProblem.Sku s = problem.skus().get(i);
                    int old = x[i][t];
                    int more = old == 0 ? s.minCases() : old + 1;
                    if (more > s.maxCases()) {
                        continue;
                    }
                    x[i][t] = more;
                    double cost = SkuPlanning.evaluate(s, x[i], trial);
                    if (cost >= skuCost[i] - 1e-9 || !fits(problem, x, post, i, trial, spend, volume)) {
                        x[i][t] = old;
                        continue;
                    }
                    skuCost[i] = cost;
                    System.arraycopy(trial, 0, post[i], 0, weeks);
                    changed = true;
                }
            }
            if (!changed) {
                return;
            }
        }
    }

    private static boolean fits(PlanningProblem problem, int[][] x, double[][] post, int changedSku,
                                double[] changedPost, double[] spend, double[] volume) {
        int weeks = problem.weeks();
        java.util.Arrays.fill(spend, 0);
        java.util.Arrays.fill(volume, 0);
        for (int i = 0; i < x.length; i++) {
            PlanningProblem.Sku s = problem.skus().get(i);
            double[] p = i == changedSku ? changedPost : post[i];
            for (int t = 0; t < weeks; t++) {
                if (p[t] > s.maxStock()) {
                    return false;
                }
                spend[t] += s.unitCost() * s.packSize() * x[i][t];
                volume[t] += s.unitVolume() * p[t];
            }
        }
        for (int t = 0; t < weeks; t++) {
            if (spend[t] > problem.budget(t) * (1 + 1e-12) || volume[t] > problem.volumeCapacity(t) * (1 + 1e-12)) {
                return false;
            }
        }
        return true;
    }
}
