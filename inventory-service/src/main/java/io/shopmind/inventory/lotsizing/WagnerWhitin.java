package io.shopmind.inventory.lotsizing;

/**
 * Wagner-Whitin dynamic lot sizing (Wagner &amp; Whitin 1958; Snyder &amp; Shen, <i>Fundamentals of
 * Supply Chain Theory</i>, Chapter 3). By the zero-inventory-ordering property an
 * order in period t covers demand of periods t..s exactly, so
 * &theta;(t) = min<sub>s&ge;t</sub> { K<sub>t</sub> + c<sub>t</sub>&Sigma;d + holding of d<sub>t+1..s</sub> + &theta;(s+1) }.
 * Holding cost h<sub>t</sub> is charged on inventory carried from period t to t+1.
 */
public final class WagnerWhitin {

    private WagnerWhitin() {
    }

    /** Optimal order quantities per period (0-based) and total cost. */
    public record Plan(double[] orderQuantities, double cost) {
        public Plan {
            orderQuantities = orderQuantities.clone();
        }

        @Override
        public double[] orderQuantities() {
            return orderQuantities.clone();
        }
    }

    /** Stationary costs, no unit cost. */
    public static Plan solve(double holdingCost, double fixedCost, double[] demand) {
        int n = demand.length;
        return solve(filled(n, holdingCost), filled(n, fixedCost), new double[n], demand);
    }

    /**
     * Time-varying costs, all arrays of the horizon's length.
     *
     * @param holdingCost h_t per unit carried from period t to t+1
     * @param fixedCost   K_t per order placed in period t
     * @param unitCost    c_t per unit ordered in period t
     * @param demand      d_t, non-negative
     */
    public static Plan solve(double[] holdingCost, double[] fixedCost, double[] unitCost, double[] demand) {
        if (demand == null || demand.length == 0) {
            throw new IllegalArgumentException("demand must be non-empty");
        }
        int n = demand.length;
        check(holdingCost, n, "holdingCost");
        check(fixedCost, n, "fixedCost");
        check(unitCost, n, "unitCost");
        check(demand, n, "demand");

        double[] theta = new double[n + 1];
        int[] coverUntil = new int[n]; // last period covered by an order in t, or -1 for no order
        for (int t = n - 1; t >= 0; t--) {
            double best = Double.POSITIVE_INFINITY;
            int bestS = -1;
            if (demand[t] == 0) {
                // nothing to serve: skipping the order keeps zero inventory and avoids K_t
                best = theta[t + 1];
            }
            double quantity = 0;
            double holding = 0;
            double carryRate = 0; // sum of h_t..h_{j-1}
            for (int s = t; s < n; s++) {
                if (s > t) {
                    carryRate += holdingCost[s - 1];
                    holding += carryRate * demand[s];
                }
                quantity += demand[s];
                double cost = fixedCost[t] + unitCost[t] * quantity + holding + theta[s + 1];
                if (cost < best - 1e-12) {
                    best = cost;
                    bestS = s;
                }
            }
            theta[t] = best;
            coverUntil[t] = bestS;
        }
        double[] q = new double[n];
        int t = 0;
        while (t < n) {
            int s = coverUntil[t];
            if (s < 0) {
                t++;
                continue;
            }
            for (int j = t; j <= s; j++) {
                q[t] += demand[j];
            }
            t = s + 1;
        }
        return new Plan(q, theta[0]);
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, v);
        return a;
    }

    private static void check(double[] a, int n, String name) {
        if (a == null || a.length != n) {
            throw new IllegalArgumentException(name + " must have one entry per period (" + n + ")");
        }
        for (double v : a) {
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException(name + " entries must be non-negative and finite");
            }
        }
    }
}
