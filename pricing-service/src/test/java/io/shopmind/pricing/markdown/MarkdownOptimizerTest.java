package io.shopmind.pricing.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MarkdownOptimizerTest {

    private static final double[] LADDER = {50, 40, 30, 20};

    @Test
    void matchesBruteForceOverEveryPriceSequenceWhenDemandIsKnown() {
        // deterministic weekly demand at each price: 2, 3, 5, 8 units
        double[][] demand = {point(2, 20), point(3, 20), point(5, 20), point(8, 20)};
        for (int stock : new int[] {0, 3, 7, 12, 20}) {
            for (int weeks = 1; weeks <= 4; weeks++) {
                MarkdownProblem problem = new MarkdownProblem(LADDER, demand, weeks, stock, 5, 0);
                double brute = bestSequence(problem, 0, stock, 0);
                assertThat(MarkdownOptimizer.solve(problem).expectedRevenue()).as("stock %d, weeks %d", stock, weeks)
                        .isCloseTo(brute, within(1e-9));
            }
        }
    }

    @Test
    void matchesBruteForceOverEveryAdaptivePolicyWhenDemandIsRandom() {
        // two weeks, Poisson demand: a policy is a first price and a second price for each stock level left
        int stock = 4;
        double[][] demand = MarkdownProblem.poissonDemand(new double[] {1.0, 2.0, 3.5}, stock);
        double[] ladder = {30, 25, 15};
        MarkdownProblem problem = new MarkdownProblem(ladder, demand, 2, stock, 2, 0);
        double best = Double.NEGATIVE_INFINITY;
        for (int first = 0; first < 3; first++) {
            int[] second = new int[stock + 1];
            best = Math.max(best, enumerateSecond(problem, first, second, 0));
        }
        assertThat(MarkdownOptimizer.solve(problem).expectedRevenue()).isCloseTo(best, within(1e-9));
    }

    @Test
    void pricesOnlyGoDownAndExcessStockIsMarkedDown() {
        int stock = 60;
        double[] means = {4, 6, 9, 14};
        MarkdownProblem problem = new MarkdownProblem(LADDER, MarkdownProblem.poissonDemand(means, stock), 6, stock,
                5, 0);
        MarkdownPlan plan = MarkdownOptimizer.solve(problem);
        for (int week = 0; week < 6; week++) {
            for (int s = 0; s <= stock; s++) {
                for (int k = 0; k < LADDER.length; k++) {
                    assertThat(plan.step(week, s, k)).isGreaterThanOrEqualTo(k);
                }
            }
        }
        // 60 units, at most 24 sell at full price in six weeks: the plan marks down
        assertThat(plan.priceNow()).isLessThan(50);
        MarkdownPlan.Course course = plan.expectedCourse();
        for (int week = 1; week < 6; week++) {
            assertThat(course.expectedPrice()[week]).isLessThanOrEqualTo(course.expectedPrice()[week - 1] + 1e-9);
        }
        double sold = 0;
        for (double units : course.expectedSold()) {
            sold += units;
        }
        assertThat(sold + course.expectedLeft()).isCloseTo(stock, within(1e-6));
    }

    @Test
    void keepsFullPriceWhenStockIsScarce() {
        MarkdownProblem problem = new MarkdownProblem(LADDER, MarkdownProblem.poissonDemand(new double[] {4, 6, 9, 14},
                5), 6, 5, 5, 0);
        assertThat(MarkdownOptimizer.solve(problem).priceNow()).isEqualTo(50);
    }

    private static double[] point(int units, int max) {
        double[] pmf = new double[max + 1];
        pmf[units] = 1;
        return pmf;
    }

    /** Every non-increasing price sequence from step k onwards, with known demand. */
    private static double bestSequence(MarkdownProblem problem, int week, int stock, int step) {
        if (week == problem.weeks()) {
            return problem.salvagePerUnit() * stock;
        }
        double best = Double.NEGATIVE_INFINITY;
        for (int j = step; j < problem.prices().length; j++) {
            int demand = 0;
            while (problem.demand()[j][demand] == 0) {
                demand++;
            }
            int sold = Math.min(demand, stock);
            best = Math.max(best, problem.prices()[j] * sold + bestSequence(problem, week + 1, stock - sold, j));
        }
        return best;
    }

    private static double enumerateSecond(MarkdownProblem problem, int first, int[] second, int s) {
        if (s == second.length) {
            return value(problem, first, second);
        }
        double best = Double.NEGATIVE_INFINITY;
        for (int j = first; j < problem.prices().length; j++) {
            second[s] = j;
            best = Math.max(best, enumerateSecond(problem, first, second, s + 1));
        }
        return best;
    }

    private static double value(MarkdownProblem problem, int first, int[] second) {
        int stock = problem.stock();
        double total = 0;
        for (int d1 = 0; d1 <= stock; d1++) {
            double p1 = d1 < stock ? problem.demand()[first][d1] : tail(problem.demand()[first], stock);
            int left = stock - d1;
            double weekTwo = 0;
            for (int d2 = 0; d2 <= left; d2++) {
                double p2 = d2 < left ? problem.demand()[second[left]][d2] : tail(problem.demand()[second[left]], left);
                weekTwo += p2 * (problem.prices()[second[left]] * d2 + problem.salvagePerUnit() * (left - d2));
            }
            total += p1 * (problem.prices()[first] * d1 + weekTwo);
        }
        return total;
    }

    private static double tail(double[] pmf, int from) {
        double below = 0;
        for (int d = 0; d < from; d++) {
            below += pmf[d];
        }
        return 1 - below;
    }
}
