package io.shopmind.pricing.markdown;

import java.util.Arrays;
import org.apache.commons.math3.distribution.PoissonDistribution;

/**
 * A markdown problem: a price ladder from the highest price down, the weeks left, the stock on hand, what a unit
 * left at the end fetches (salvage), the ladder step the SKU sells at now, and the distribution of a week's demand
 * at each step.
 *
 * @param prices       the ladder, strictly decreasing
 * @param demand       {@code demand[k][d]}: the probability that d units are asked for in a week at price k; the
 *                     mass past the end of a row is taken as "more than the stock"
 * @param currentStep  the ladder step sold at now; prices can only move to it or further down
 */
public record MarkdownProblem(double[] prices, double[][] demand, int weeks, int stock, double salvagePerUnit,
        int currentStep) {

    public MarkdownProblem {
        if (prices.length == 0 || prices.length != demand.length) {
            throw new IllegalArgumentException("one demand distribution per ladder price is needed");
        }
        for (int k = 1; k < prices.length; k++) {
            if (!(prices[k] < prices[k - 1])) {
                throw new IllegalArgumentException("the ladder must go strictly down");
            }
        }
        if (weeks < 1 || stock < 0 || currentStep < 0 || currentStep >= prices.length) {
            throw new IllegalArgumentException("weeks >= 1, stock >= 0 and a current step on the ladder are needed");
        }
        prices = prices.clone();
        demand = Arrays.stream(demand).map(double[]::clone).toArray(double[][]::new);
    }

    /**
     * Poisson weekly demand with the given mean at each ladder price, tabulated up to {@code stock} or to where the
     * tail is negligible (mean + 12 sd), whichever is less; the optimiser treats the mass past a row's end as a
     * sell-out, so the truncation costs at most the tail's 1e-30.
     */
    public static double[][] poissonDemand(double[] weeklyMeans, int stock) {
        double[][] pmf = new double[weeklyMeans.length][];
        for (int k = 0; k < weeklyMeans.length; k++) {
            if (weeklyMeans[k] <= 0) {
                pmf[k] = new double[] {1};
                continue;
            }
            int support = (int) Math.min(stock, Math.ceil(weeklyMeans[k] + 12 * Math.sqrt(weeklyMeans[k]) + 12));
            pmf[k] = new double[support + 1];
            PoissonDistribution poisson = new PoissonDistribution(null, weeklyMeans[k],
                    PoissonDistribution.DEFAULT_EPSILON, PoissonDistribution.DEFAULT_MAX_ITERATIONS);
            for (int d = 0; d <= support; d++) {
                pmf[k][d] = poisson.probability(d);
            }
        }
        return pmf;
    }
}
