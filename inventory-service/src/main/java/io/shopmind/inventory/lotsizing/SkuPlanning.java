package io.shopmind.inventory.lotsizing;

/**
 * One SKU's subproblem of the Lagrangian relaxation, solved exactly by dynamic programming over
 * integer stock levels (Wagner-Whitin style, but over all states because packs, MOQs and lost
 * sales break the zero-inventory-ordering property; cf. Pochet &amp; Wolsey 2006 on Lagrangian
 * decomposition of multi-item lot sizing).
 *
 * <p>Serving demand from stock whenever possible is optimal: keeping a unit back saves at most one
 * later lost sale, costs holding in between, and uses more warehouse volume.
 */
final class SkuPlanning {

    private SkuPlanning() {
    }

    /**
     * Minimises the SKU's cost plus the priced use of the shared resources:
     * budgetPrice[t] per currency unit spent in week t and volumePrice[t] per volume unit of stock
     * after receipt in week t. Writes the optimal cases per week into {@code cases}.
     *
     * @return the optimal priced cost
     */
    static double solve(PlanningProblem.Sku sku, double[] budgetPrice, double[] volumePrice, int[] cases) {
        int weeks = budgetPrice.length;
        int top = sku.maxStock();
        int p = sku.packSize();
        int minCases = sku.minCases();
        double[] next = new double[top + 1];
        double[] current = new double[top + 1];
        double[] afterReceipt = new double[top + 1];
        // per stock level a = r + p*j: the cheapest order landing at or above a, within a's residue r mod p
        double[] suffixCost = new double[top + 1];
        int[] suffixLevel = new int[top + 1];
        int[][] choice = new int[weeks][top + 1];
        for (int t = weeks - 1; t >= 0; t--) {
            int d = sku.demand(t);
            double volumeTerm = volumePrice[t] * sku.unitVolume();
            for (int a = 0; a <= top; a++) {
                int end = Math.max(0, a - d);
                afterReceipt[a] = sku.lostSaleCost() * Math.max(0, d - a) + sku.holdingCost() * end + next[end]
                        + volumeTerm * a;
            }
            double caseCost = (1 + budgetPrice[t]) * sku.unitCost() * p;
            // ordering x cases from stock i costs K + caseCost*x + afterReceipt[i + p*x]; with j = (i + p*x - r)/p
            // that is K - caseCost*(i - r)/p + g(j), g(j) = caseCost*j + afterReceipt[r + p*j], so the best order
            // is a minimum of g over j >= (i - r)/p + minCases: a suffix minimum, found for all i in one pass
            for (int a = top; a >= 0; a--) {
                double g = caseCost * (a / p) + afterReceipt[a];
                int above = a + p;
                // ties go to the smaller order, as when trying orders from the smallest up
                if (above > top || g <= suffixCost[above] + 1e-12) {
                    suffixCost[a] = g;
                    suffixLevel[a] = a;
                } else {
                    suffixCost[a] = suffixCost[above];
                    suffixLevel[a] = suffixLevel[above];
                }
            }
            for (int i = 0; i <= top; i++) {
                double best = afterReceipt[i];
                int bestX = 0;
                int smallest = i + p * minCases;
                if (smallest <= top) {
                    double c = sku.fixedCost() + suffixCost[smallest] - caseCost * (i / p);
                    if (c < best - 1e-12) {
                        best = c;
                        bestX = (suffixLevel[smallest] - i) / p;
                    }
                }
                current[i] = best;
                choice[t][i] = bestX;
            }
            double[] swap = next;
            next = current;
            current = swap;
        }
        int stock = sku.initialStock();
        for (int t = 0; t < weeks; t++) {
            cases[t] = choice[t][stock];
            stock = Math.max(0, stock + p * cases[t] - sku.demand(t));
        }
        return next[sku.initialStock()];
    }

    /**
     * The SKU's cheapest order plan (true cost, no prices) within hard limits per week: at most {@code caseLimit[t]}
     * cases ordered, and at most {@code levelLimit[t]} units on hand after receipt. Writes the plan into {@code cases}
     * and returns its cost, or leaves {@code cases} alone and returns infinity when no plan keeps the limits.
     */
    static double solveWithin(PlanningProblem.Sku sku, int[] caseLimit, int[] levelLimit, int[] cases) {
        int weeks = caseLimit.length;
        int top = sku.maxStock();
        int p = sku.packSize();
        double[] next = new double[top + 1];
        double[] current = new double[top + 1];
        double[] afterReceipt = new double[top + 1];
        int[][] choice = new int[weeks][top + 1];
        double caseCost = sku.unitCost() * p;
        for (int t = weeks - 1; t >= 0; t--) {
            int d = sku.demand(t);
            int level = Math.min(top, levelLimit[t]);
            for (int a = 0; a <= top; a++) {
                int end = Math.max(0, a - d);
                afterReceipt[a] = a > level ? Double.POSITIVE_INFINITY
                        : sku.lostSaleCost() * Math.max(0, d - a) + sku.holdingCost() * end + next[end];
            }
            for (int i = 0; i <= top; i++) {
                double best = afterReceipt[i];
                int bestX = 0;
                int limit = level < i ? -1 : Math.min(caseLimit[t], (level - i) / p);
                for (int x = sku.minCases(); x <= limit; x++) {
                    double c = sku.fixedCost() + caseCost * x + afterReceipt[i + p * x];
                    if (c < best - 1e-12) {
                        best = c;
                        bestX = x;
                    }
                }
                current[i] = best;
                choice[t][i] = bestX;
            }
            double[] swap = next;
            next = current;
            current = swap;
        }
        double cost = next[sku.initialStock()];
        if (Double.isInfinite(cost)) {
            return cost;
        }
        int stock = sku.initialStock();
        for (int t = 0; t < weeks; t++) {
            cases[t] = choice[t][stock];
            stock = Math.max(0, stock + p * cases[t] - sku.demand(t));
        }
        return cost;
    }

    /**
     * The SKU's true cost for an order plan; fills {@code postReceipt[t]} (stock after the week's
     * receipt) when it is non-null.
     */
    static double evaluate(PlanningProblem.Sku sku, int[] cases, double[] postReceipt) {
        double cost = 0;
        int stock = sku.initialStock();
        for (int t = 0; t < cases.length; t++) {
            int x = cases[t];
            if (x > 0) {
                cost += sku.fixedCost() + sku.unitCost() * sku.packSize() * x;
            }
            int a = stock + sku.packSize() * x;
            if (postReceipt != null) {
                postReceipt[t] = a;
            }
            int d = sku.demand(t);
            cost += sku.lostSaleCost() * Math.max(0, d - a);
            stock = Math.max(0, a - d);
            cost += sku.holdingCost() * stock;
        }
        return cost;
    }
}
