package io.shopmind.inventory.lotsizing;

/**
 * Improves a feasible plan one SKU at a time: with every other SKU's orders fixed, the SKU's orders are re-solved
 * exactly ({@link SkuPlanning#solveWithin}) within the budget and volume the others leave in each week. Each step
 * keeps the plan feasible and never raises its cost (block coordinate descent; the large-neighbourhood step of
 * Lagrangian heuristics for multi-item lot sizing, cf. Pochet &amp; Wolsey 2006, section 12.4).
 */
final class PlanPolish {

    private PlanPolish() {
    }

    /** Polishes {@code plan} in place with up to {@code sweeps} passes over the SKUs; returns its cost. */
    static double polish(PlanningProblem problem, int[][] plan, int sweeps) {
        int n = problem.skus().size();
        int weeks = problem.weeks();
        double[] spend = new double[weeks];
        double[] volume = new double[weeks];
        double[][] post = new double[n][weeks];
        double[] skuCost = new double[n];
        for (int i = 0; i < n; i++) {
            PlanningProblem.Sku s = problem.skus().get(i);
            skuCost[i] = SkuPlanning.evaluate(s, plan[i], post[i]);
            for (int t = 0; t < weeks; t++) {
                spend[t] += s.unitCost() * s.packSize() * plan[i][t];
                volume[t] += s.unitVolume() * post[i][t];
            }
        }
        int[] caseLimit = new int[weeks];
        int[] levelLimit = new int[weeks];
        int[] candidate = new int[weeks];
        double[] candidatePost = new double[weeks];
        for (int sweep = 0; sweep < sweeps; sweep++) {
            boolean changed = false;
            for (int i = 0; i < n; i++) {
                PlanningProblem.Sku s = problem.skus().get(i);
                double casePrice = s.unitCost() * s.packSize();
                for (int t = 0; t < weeks; t++) {
                    double budgetLeft = problem.budget(t) * (1 + 1e-12) - (spend[t] - casePrice * plan[i][t]);
                    double volumeLeft = problem.volumeCapacity(t) * (1 + 1e-12)
                            - (volume[t] - s.unitVolume() * post[i][t]);
                    caseLimit[t] = casePrice > 0 ? (int) Math.min(s.maxCases(), Math.floor(budgetLeft / casePrice))
                            : s.maxCases();
                    levelLimit[t] = s.unitVolume() > 0
                            ? (int) Math.min(s.maxStock(), Math.floor(volumeLeft / s.unitVolume())) : s.maxStock();
                }
                double cost = SkuPlanning.solveWithin(s, caseLimit, levelLimit, candidate);
                if (!(cost < skuCost[i] - 1e-9)) {
                    continue;
                }
                SkuPlanning.evaluate(s, candidate, candidatePost);
                for (int t = 0; t < weeks; t++) {
                    spend[t] += casePrice * (candidate[t] - plan[i][t]);
                    volume[t] += s.unitVolume() * (candidatePost[t] - post[i][t]);
                }
                System.arraycopy(candidate, 0, plan[i], 0, weeks);
                System.arraycopy(candidatePost, 0, post[i], 0, weeks);
                skuCost[i] = cost;
                changed = true;
            }
            if (!changed) {
                break;
            }
        }
        double total = 0;
        for (double c : skuCost) {
            total += c;
        }
        return total;
    }
}
