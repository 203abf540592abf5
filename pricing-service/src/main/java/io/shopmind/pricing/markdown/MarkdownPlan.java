package io.shopmind.pricing.markdown;

/**
 * The optimal markdown policy: which ladder step to sell at in each week for each stock level and step reached,
 * the expected revenue (sales plus salvage) from now, and the expected course of the season under the policy.
 */
public final class MarkdownPlan {

    private final MarkdownProblem problem;
    private final int[][][] policy;
    private final double expectedRevenue;

    MarkdownPlan(MarkdownProblem problem, int[][][] policy, double expectedRevenue) {
        this.problem = problem;
        this.policy = policy;
        this.expectedRevenue = expectedRevenue;
    }

    /** The ladder step to sell at in week t with {@code stock} units left, having reached {@code step}. */
    public int step(int week, int stock, int step) {
        return policy[week][stock][step];
    }

    /** This week's price. */
    public double priceNow() {
        return problem.prices()[step(0, problem.stock(), problem.currentStep())];
    }

    public double expectedRevenue() {
        return expectedRevenue;
    }

    /**
     * The season under the policy, from the exact distribution of (stock, step) week by week: each week's expected
     * price and units sold, and the expected units left for salvage at the end.
     */
    public Course expectedCourse() {
        int stock = problem.stock();
        int steps = problem.prices().length;
        double[][] state = new double[stock + 1][steps];
        state[stock][problem.currentStep()] = 1;
        double[] price = new double[problem.weeks()];
        double[] sold = new double[problem.weeks()];
        for (int t = 0; t < problem.weeks(); t++) {
            double[][] after = new double[stock + 1][steps];
            for (int s = 0; s <= stock; s++) {
                for (int k = 0; k < steps; k++) {
                    double p = state[s][k];
                    if (p == 0) {
                        continue;
                    }
                    int j = policy[t][s][k];
                    price[t] += p * problem.prices()[j];
                    double[] pmf = problem.demand()[j];
                    double mass = 0;
                    for (int d = 0; d < Math.min(s, pmf.length); d++) {
                        after[s - d][j] += p * pmf[d];
                        sold[t] += p * pmf[d] * d;
                        mass += pmf[d];
                    }
                    double sellOut = Math.max(0, 1 - mass);
                    after[0][j] += p * sellOut;
                    sold[t] += p * sellOut * s;
                }
            }
            state = after;
        }
        double left = 0;
        for (int s = 0; s <= stock; s++) {
            for (int k = 0; k < steps; k++) {
                left += state[s][k] * s;
            }
        }
        return new Course(price, sold, left);
    }

    /** @param expectedPrice per week, @param expectedSold per week, @param expectedLeft units left at the end */
    public record Course(double[] expectedPrice, double[] expectedSold, double expectedLeft) {
    }
}
