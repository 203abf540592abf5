package io.shopmind.inventory.lotsizing;

import java.time.Duration;

/**
 * A plan: cases to order per SKU (rows, in problem order) and week (columns), its cost, the best
 * proven lower bound on the optimum, and the relative gap (cost &minus; bound) / cost.
 *
 * @param feasible false when no plan meeting every constraint was found (cost is then infinite)
 */
public record ReplenishmentPlan(int[][] cases, double cost, double lowerBound, double gap, boolean feasible,
                                int iterations, Duration elapsed) {

    public ReplenishmentPlan {
        cases = copy(cases);
    }

    @Override
    public int[][] cases() {
        return copy(cases);
    }

    private static int[][] copy(int[][] a) {
        int[][] c = new int[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    /** (cost &minus; bound) / cost, infinite without a feasible plan. */
    public static double gap(double cost, double lowerBound) {
        if (Double.isInfinite(cost)) {
            return Double.POSITIVE_INFINITY;
        }
        return cost <= 0 ? 0 : Math.max(0, (cost - lowerBound) / cost);
    }
}
