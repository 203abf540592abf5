package io.shopmind.inventory.stochastic;

import io.shopmind.inventory.newsvendor.DiscreteDemand;

/**
 * Exact periodic-review (s,S) policy for i.i.d. discrete demand by the algorithm of Zheng &amp;
 * Federgruen (1991, Operations Research 39(4)); Snyder &amp; Shen, <i>Fundamentals of Supply Chain
 * Theory</i>, Chapter 4, Algorithm 4.2. The policy orders up to S when the inventory position is at
 * or below s. Its cost is g(s,S) = (K + &Sigma;<sub>d=0..S&minus;s&minus;1</sub> m(d) g(S&minus;d)) / M(S&minus;s)
 * with the renewal quantities m, M of eqs. 4.71&ndash;4.75.
 */
public final class SSPolicy {

    private SSPolicy() {
    }

    /** Reorder point s, order-up-to level S and expected cost per period. */
    public record Policy(int reorderPoint, int orderUpToLevel, double cost) {
    }

    /**
     * @param perPeriodDemand demand per period on 0, 1, ...
     * @param leadTime        periods between order and receipt; g uses demand over leadTime + 1 periods
     */
    public static Policy optimise(double holdingCost, double stockoutCost, double fixedCost,
                                  DiscreteDemand perPeriodDemand, int leadTime) {
        Model m = new Model(holdingCost, stockoutCost, fixedCost, perPeriodDemand, leadTime);
        int yStar = m.leadTimeDemand.quantile(stockoutCost / (stockoutCost + holdingCost));

        // s(S0): lower s until the policy beats a base-stock at s
        int s = yStar;
        int sUpper = yStar;
        while (true) {
            s--;
            if (m.cost(s, yStar) <= m.g(s)) {
                break;
            }
        }
        int sHat = s;
        int bigSHat = yStar;
        double gHat = m.cost(sHat, bigSHat);
        int bigS = bigSHat + 1;
        while (m.g(bigS) <= gHat) {
            if (m.cost(s, bigS) < gHat) {
                bigSHat = bigS;
                while (m.cost(s, bigSHat) <= m.g(s + 1)) {
                    s++;
                }
                sHat = s;
                gHat = m.cost(sHat, bigSHat);
            }
            bigS++;
            if (bigS > sUpper + 100_000) {
                throw new IllegalStateException("order-up-to search did not terminate");
            }
        }
        return new Policy(sHat, bigSHat, gHat);
    }

    /** Poisson(mean) demand per period, zero lead time. */
    public static Policy optimisePoisson(double holdingCost, double stockoutCost, double fixedCost, double mean) {
        return optimise(holdingCost, stockoutCost, fixedCost, DiscreteDemand.poisson(mean), 0);
    }

    /** g(s,S) for given s &lt; S. */
    public static double cost(int reorderPoint, int orderUpToLevel, double holdingCost, double stockoutCost,
                              double fixedCost, DiscreteDemand perPeriodDemand, int leadTime) {
        return new Model(holdingCost, stockoutCost, fixedCost, perPeriodDemand, leadTime)
                .cost(reorderPoint, orderUpToLevel);
    }

    private static final class Model {
        final double h;
        final double p;
        final double k;
        final DiscreteDemand perPeriod;
        final DiscreteDemand leadTimeDemand;
        final double[] cdfBelow;
        final double[] partialMean;
        double[] m = new double[64];
        int mCount;

        Model(double h, double p, double k, DiscreteDemand perPeriod, int leadTime) {
            if (!(h > 0)) {
                throw new IllegalArgumentException("holdingCost must be positive, was " + h);
            }
            if (!(p > 0)) {
                throw new IllegalArgumentException("stockoutCost must be positive, was " + p);
            }
            if (!(k > 0)) {
                throw new IllegalArgumentException("fixedCost must be positive, was " + k);
            }
            if (perPeriod.min() < 0) {
                throw new IllegalArgumentException("perPeriodDemand must be non-negative");
            }
            if (perPeriod.probability(0) >= 1) {
                throw new IllegalArgumentException("perPeriodDemand must not be identically zero");
            }
            if (leadTime < 0) {
                throw new IllegalArgumentException("leadTime must be non-negative, was " + leadTime);
            }
            this.h = h;
            this.p = p;
            this.k = k;
            this.perPeriod = perPeriod;
            this.leadTimeDemand = leadTime == 0 ? perPeriod : perPeriod.convolve(leadTime + 1);
            double[] pmf = leadTimeDemand.pmf();
            // cdfBelow[i] = P(D < min + i), partialMean[i] = sum of d p(d) over d < min + i
            cdfBelow = new double[pmf.length + 1];
            partialMean = new double[pmf.length + 1];
            for (int i = 0; i < pmf.length; i++) {
                cdfBelow[i + 1] = cdfBelow[i] + pmf[i];
                partialMean[i + 1] = partialMean[i] + (leadTimeDemand.min() + i) * pmf[i];
            }
        }

        double g(int y) {
            // n-bar(y) = y F(y-1) - sum_{d<y} d p(d), from prefix sums so each call is O(1)
            int min = leadTimeDemand.min();
            int idx = Math.min(y - min, cdfBelow.length - 1);
            double complementary = idx <= 0 ? 0 : y * cdfBelow[idx] - partialMean[idx];
            double loss = complementary - (y - leadTimeDemand.mean());
            return h * complementary + p * loss;
        }

        double m(int j) {
            if (j >= mCount) {
                if (j >= m.length) {
                    m = java.util.Arrays.copyOf(m, Math.max(2 * m.length, j + 1));
                }
                for (int i = mCount; i <= j; i++) {
                    if (i == 0) {
                        m[0] = 1.0 / (1.0 - perPeriod.probability(0));
                        continue;
                    }
                    double acc = 0;
                    for (int l = 1; l <= i; l++) {
                        acc += perPeriod.probability(l) * m[i - l];
                    }
                    m[i] = m[0] * acc;
                }
                mCount = j + 1;
            }
            return m[j];
        }

        double cost(int s, int bigS) {
            int n = bigS - s;
            if (n < 1) {
                throw new IllegalArgumentException("orderUpToLevel must exceed reorderPoint");
            }
            // m(j): expected periods the position spends at S - j before the next order
            double numerator = k;
            double bigM = 0;
            for (int d = 0; d < n; d++) {
                double md = m(d);
                numerator += md * g(bigS - d);
                bigM += md;
            }
            return numerator / bigM;
        }
    }
}
