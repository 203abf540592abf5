package io.shopmind.inventory.dp;

import io.shopmind.inventory.eoq.EconomicOrderQuantity;
import io.shopmind.inventory.newsvendor.StandardNormal;

/**
 * Finite-horizon stochastic inventory DP with normal demand (Snyder &amp; Shen, <i>Fundamentals of
 * Supply Chain Theory</i>, &sect;4.4.3, eq. 4.66, Algorithm 4.1):
 * &theta;<sub>t</sub>(x) = min<sub>y&ge;x</sub> { K&delta;(y&minus;x) + c(y&minus;x) + H<sub>t</sub>(y) },
 * H<sub>t</sub>(y) = g<sub>t</sub>(y) + &gamma; E[&theta;<sub>t+1</sub>(y &minus; D)], with terminal cost
 * h<sub>T</sub>x<sup>+</sup> + p<sub>T</sub>x<sup>&minus;</sup>.
 *
 * <p>Discretisation follows the reference implementation in stockpyl's {@code finite_horizon_dp}:
 * integer inventory levels, the period cost g<sub>t</sub> from the exact normal loss function, demand
 * mass P(d &minus; &frac12; &lt; D &le; d + &frac12;) on integers within &mu; &plusmn; 4&sigma;, and a state
 * range from the newsvendor and EOQ-with-backorders estimates widened by 5&sigma;; the upper end
 * doubles whenever an optimal order-up-to level reaches it.
 */
public final class FiniteHorizonDp {

    private static final double DEMAND_SPREAD = 4;
    private static final double STATE_SPREAD = 5;

    private FiniteHorizonDp() {
    }

    /**
     * Stationary problem data; arrays in the result are indexed by period 0..T-1.
     *
     * @param periods              T
     * @param holdingCost          h per unit on hand at period end
     * @param stockoutCost         p per unit backordered at period end
     * @param terminalHoldingCost  h_T on ending inventory after period T
     * @param terminalStockoutCost p_T on ending backorders after period T
     * @param purchaseCost         c per unit
     * @param fixedCost            K per order
     * @param demandMean           &mu; per period
     * @param demandSd             &sigma; per period, positive
     * @param discountFactor       &gamma; in (0,1]
     * @param initialInventory     x_1
     */
    public record Problem(int periods, double holdingCost, double stockoutCost, double terminalHoldingCost,
                          double terminalStockoutCost, double purchaseCost, double fixedCost,
                          double demandMean, double demandSd, double discountFactor, int initialInventory) {

        public Problem {
            if (periods < 1) {
                throw new IllegalArgumentException("periods must be at least 1, was " + periods);
            }
            nonNegative(holdingCost, "holdingCost");
            nonNegative(stockoutCost, "stockoutCost");
            nonNegative(terminalHoldingCost, "terminalHoldingCost");
            nonNegative(terminalStockoutCost, "terminalStockoutCost");
            nonNegative(purchaseCost, "purchaseCost");
            nonNegative(fixedCost, "fixedCost");
            nonNegative(demandMean, "demandMean");
            if (!(demandSd > 0)) {
                throw new IllegalArgumentException("demandSd must be positive, was " + demandSd);
            }
            if (!(discountFactor > 0 && discountFactor <= 1)) {
                throw new IllegalArgumentException("discountFactor must be in (0,1], was " + discountFactor);
            }
        }

        private static void nonNegative(double v, String name) {
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException(name + " must be non-negative and finite, was " + v);
            }
        }
    }

    /**
     * Optimal policy: order up to {@code orderUpToLevels[t]} when the inventory level at the start
     * of period t is at or below {@code reorderPoints[t]}.
     */
    public record Result(int[] reorderPoints, int[] orderUpToLevels, double totalCost) {
        public Result {
            reorderPoints = reorderPoints.clone();
            orderUpToLevels = orderUpToLevels.clone();
        }

        @Override
        public int[] reorderPoints() {
            return reorderPoints.clone();
        }

        @Override
        public int[] orderUpToLevels() {
            return orderUpToLevels.clone();
        }
    }

    public static Result solve(Problem pr) {
        double mu = pr.demandMean();
        double sigma = pr.demandSd();
        int dMin = (int) Math.max(0, Math.round(mu - DEMAND_SPREAD * sigma));
        int dMax = (int) Math.round(mu + DEMAND_SPREAD * sigma);
        int dCount = dMax - dMin + 1;
        double[] prob = new double[dCount];
        for (int i = 0; i < dCount; i++) {
            int d = dMin + i;
            prob[i] = StandardNormal.cdf((d + 0.5 - mu) / sigma) - StandardNormal.cdf((d - 0.5 - mu) / sigma);
        }
        double eoqb = pr.fixedCost() == 0 || pr.holdingCost() == 0 || pr.stockoutCost() == 0 || mu == 0 ? 0
                : EconomicOrderQuantity.solveWithBackorders(pr.fixedCost(), pr.holdingCost(), pr.stockoutCost(), mu)
                        .orderQuantity();
        // newsvendor estimate of s taken as the mean, as in the reference implementation
        int xMin = (int) Math.round(mu - mu - sigma * (STATE_SPREAD + DEMAND_SPREAD));
        int xMax = (int) Math.round(mu + eoqb + sigma * STATE_SPREAD);
        if (pr.initialInventory() < xMin) {
            throw new IllegalArgumentException("initialInventory is below the state range (" + xMin + ")");
        }
        xMax = Math.max(xMax, pr.initialInventory() + 1);

        while (true) {
            Result r = attempt(pr, xMin, xMax, dMin, prob);
            if (r != null) {
                return r;
            }
            xMax *= 2;
        }
    }

    /** One pass over the state range [xMin, xMax]; null if an order-up-to level hit xMax. */
    private static Result attempt(Problem pr, int xMin, int xMax, int dMin, double[] prob) {
        int n = pr.periods();
        int size = xMax - xMin + 1;
        double[] next = new double[size];
        double[] current = new double[size];
        double[] bigH = new double[size];
        int[] oul = new int[size];
        int[] reorder = new int[n];
        int[] orderUpTo = new int[n];
        for (int i = 0; i < size; i++) {
            int x = xMin + i;
            next[i] = pr.terminalHoldingCost() * Math.max(x, 0) + pr.terminalStockoutCost() * Math.max(-x, 0);
        }
        double mu = pr.demandMean();
        double sigma = pr.demandSd();
        for (int t = n - 1; t >= 0; t--) {
            for (int i = 0; i < size; i++) {
                int y = xMin + i;
                double z = (y - mu) / sigma;
                double loss = sigma * StandardNormal.loss(z);
                double cost = pr.holdingCost() * (loss + (y - mu)) + pr.stockoutCost() * loss;
                double future = 0;
                for (int k = 0; k < prob.length; k++) {
                    // demand clipped so that y - d stays inside the state range
                    int left = y - (dMin + k);
                    int clipped = Math.max(Math.min(left, xMax), xMin);
                    future += prob[k] * next[clipped - xMin];
                }
                bigH[i] = cost + pr.discountFactor() * future;
            }
            for (int i = 0; i < size; i++) {
                double best = Double.POSITIVE_INFINITY;
                int bestY = -1;
                for (int j = i; j < size; j++) {
                    double cost = bigH[j];
                    if (j > i) {
                        cost += pr.purchaseCost() * (j - i) + pr.fixedCost();
                    }
                    if (cost < best) {
                        best = cost;
                        bestY = j;
                        if (j == size - 1 && i < size - 1) {
                            return null;
                        }
                    }
                }
                current[i] = best;
                oul[i] = xMin + bestY;
            }
            orderUpTo[t] = oul[0];
            int s = xMin;
            while (s < xMax && oul[s + 1 - xMin] == orderUpTo[t]) {
                s++;
            }
            reorder[t] = s;
            double[] swap = next;
            next = current;
            current = swap;
        }
        return new Result(reorder, orderUpTo, next[pr.initialInventory() - xMin]);
    }
}
