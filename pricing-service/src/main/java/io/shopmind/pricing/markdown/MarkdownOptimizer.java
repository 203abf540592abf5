package io.shopmind.pricing.markdown;

/**
 * The revenue-maximising markdown policy by backward induction (Talluri &amp; van Ryzin, <i>The Theory and Practice
 * of Revenue Management</i>, &sect;5.2.2, the discrete-price markdown model with monotone prices): with
 * V<sub>W</sub>(s, k) = salvage &middot; s,
 * <pre>
 *   V<sub>t</sub>(s, k) = max<sub>j &ge; k</sub> E[ p<sub>j</sub> min(D<sub>j</sub>, s) + V<sub>t+1</sub>(s &minus; min(D<sub>j</sub>, s), j) ]
 * </pre>
 * over weeks t, stock s and the ladder step k reached (steps only go down the ladder). The expectation over a
 * week's demand is summed once per (t, s, j), then a running maximum over j &ge; k gives every k at once:
 * O(W &middot; K &middot; S&sup2;) time, O(W &middot; K &middot; S) memory for the policy.
 */
public final class MarkdownOptimizer {

    private MarkdownOptimizer() {
    }

    public static MarkdownPlan solve(MarkdownProblem problem) {
        int weeks = problem.weeks();
        int stock = problem.stock();
        int steps = problem.prices().length;
        double[] prices = problem.prices();
        double[][] demand = problem.demand();
        int[][][] policy = new int[weeks][stock + 1][steps];
        double[][] next = new double[stock + 1][steps];
        for (int s = 0; s <= stock; s++) {
            for (int k = 0; k < steps; k++) {
                next[s][k] = problem.salvagePerUnit() * s;
            }
        }
        double[][] value = new double[stock + 1][steps];
        double[] choose = new double[steps];
        for (int t = weeks - 1; t >= 0; t--) {
            for (int s = 0; s <= stock; s++) {
                for (int j = 0; j < steps; j++) {
                    choose[j] = expectedValue(prices[j], demand[j], s, next, j);
                }
                // best step at or below k: a running maximum from the bottom of the ladder up
                int best = steps - 1;
                for (int k = steps - 1; k >= 0; k--) {
                    if (choose[k] >= choose[best]) {
                        best = k;
                    }
                    value[s][k] = choose[best];
                    policy[t][s][k] = best;
                }
            }
            double[][] swap = next;
            next = value;
            value = swap;
        }
        return new MarkdownPlan(problem, policy, next[stock][problem.currentStep()]);
    }

    /** E[p min(D, s) + V(s &minus; min(D, s), j)] for a week at step j with s units. */
    static double expectedValue(double price, double[] pmf, int s, double[][] next, int j) {
        double sum = 0;
        double mass = 0;
        int limit = Math.min(s, pmf.length);
        for (int d = 0; d < limit; d++) {
            sum += pmf[d] * (price * d + next[s - d][j]);
            mass += pmf[d];
        }
        // demand of s or more sells out
        return sum + Math.max(0, 1 - mass) * (price * s + next[0][j]);
    }
}
