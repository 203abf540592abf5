package io.shopmind.inventory.safetystock;

import io.shopmind.inventory.newsvendor.StandardNormal;

/**
 * Safety stock and reorder point r = &mu;<sub>L</sub> + z&sigma;<sub>L</sub> for normal lead-time demand
 * (Snyder &amp; Shen, <i>Fundamentals of Supply Chain Theory</i>, Chapters 4 and 5): under a
 * cycle service level &alpha;, z = &Phi;<sup>-1</sup>(&alpha;); under a fill rate &beta; with order
 * quantity Q, the expected shortage per cycle &sigma;<sub>L</sub>L(z) must equal (1 &minus; &beta;)Q, so
 * z = L<sup>-1</sup>((1 &minus; &beta;)Q / &sigma;<sub>L</sub>) with the standard normal loss function L.
 */
public final class SafetyStock {

    private SafetyStock() {
    }

    /**
     * @param safetyStock              r &minus; &mu;<sub>L</sub>
     * @param reorderPoint             r
     * @param safetyFactor             z
     * @param cycleServiceLevel        P(no stockout in a replenishment cycle)
     * @param expectedShortagePerCycle E[(D<sub>L</sub> &minus; r)<sup>+</sup>]
     */
    public record Result(double safetyStock, double reorderPoint, double safetyFactor, double cycleServiceLevel,
                         double expectedShortagePerCycle) {
    }

    /** Type-1 target: probability of no stockout per cycle equals {@code cycleServiceLevel}. */
    public static Result forCycleServiceLevel(LeadTimeDemand leadTimeDemand, double cycleServiceLevel) {
        if (!(cycleServiceLevel > 0 && cycleServiceLevel < 1)) {
            throw new IllegalArgumentException("cycleServiceLevel must be in (0,1), was " + cycleServiceLevel);
        }
        double z = StandardNormal.inverseCdf(cycleServiceLevel);
        return result(leadTimeDemand, z);
    }

    /** Type-2 target: fraction of demand filled from stock equals {@code fillRate} with lot size Q. */
    public static Result forFillRate(LeadTimeDemand leadTimeDemand, double fillRate, double orderQuantity) {
        if (!(fillRate > 0 && fillRate < 1)) {
            throw new IllegalArgumentException("fillRate must be in (0,1), was " + fillRate);
        }
        if (!(orderQuantity > 0) || Double.isInfinite(orderQuantity)) {
            throw new IllegalArgumentException("orderQuantity must be positive and finite, was " + orderQuantity);
        }
        if (leadTimeDemand.sd() == 0) {
            return new Result(0, leadTimeDemand.mean(), 0, 1, 0);
        }
        double z = StandardNormal.inverseLoss((1 - fillRate) * orderQuantity / leadTimeDemand.sd());
        return result(leadTimeDemand, z);
    }

    /** Fill rate 1 &minus; n(r)/Q achieved by reorder point r. */
    public static double fillRate(LeadTimeDemand leadTimeDemand, double reorderPoint, double orderQuantity) {
        if (!(orderQuantity > 0)) {
            throw new IllegalArgumentException("orderQuantity must be positive, was " + orderQuantity);
        }
        double shortage = leadTimeDemand.sd() == 0 ? Math.max(leadTimeDemand.mean() - reorderPoint, 0)
                : leadTimeDemand.sd() * StandardNormal.loss((reorderPoint - leadTimeDemand.mean()) / leadTimeDemand.sd());
        return Math.max(0, 1 - shortage / orderQuantity);
    }

    private static Result result(LeadTimeDemand ltd, double z) {
        double ss = z * ltd.sd();
        double shortage = ltd.sd() * StandardNormal.loss(z);
        return new Result(ss, ltd.mean() + ss, z, StandardNormal.cdf(z), shortage);
    }

    /**
     * Distribution-free reorder point from explicit lead-time demand quantiles (e.g. a forecast's
     * quantiles over the lead time): the quantile function is interpolated linearly between the
     * given points, and the safety stock is measured against {@code leadTimeDemandMean}.
     *
     * @param probabilities strictly increasing, in (0,1)
     * @param quantiles     non-decreasing, one per probability
     */
    public static Result fromQuantiles(double[] probabilities, double[] quantiles, double leadTimeDemandMean,
                                       double cycleServiceLevel) {
        if (probabilities == null || quantiles == null || probabilities.length < 2
                || probabilities.length != quantiles.length) {
            throw new IllegalArgumentException("probabilities and quantiles must have equal length of at least 2");
        }
        for (int i = 0; i < probabilities.length; i++) {
            if (!(probabilities[i] > 0 && probabilities[i] < 1)) {
                throw new IllegalArgumentException("probabilities must be in (0,1)");
            }
            if (i > 0 && !(probabilities[i] > probabilities[i - 1])) {
                throw new IllegalArgumentException("probabilities must be strictly increasing");
            }
            if (i > 0 && quantiles[i] < quantiles[i - 1]) {
                throw new IllegalArgumentException("quantiles must be non-decreasing");
            }
        }
        if (!(cycleServiceLevel > 0 && cycleServiceLevel < 1)) {
            throw new IllegalArgumentException("cycleServiceLevel must be in (0,1), was " + cycleServiceLevel);
        }
        int n = probabilities.length;
        double r;
        if (cycleServiceLevel <= probabilities[0]) {
            r = quantiles[0];
        } else if (cycleServiceLevel >= probabilities[n - 1]) {
            // beyond the last quantile: extrapolate the last segment's slope rather than clip,
            // so a higher target never lowers or freezes the reorder point
            double slope = (quantiles[n - 1] - quantiles[n - 2]) / (probabilities[n - 1] - probabilities[n - 2]);
            r = quantiles[n - 1] + slope * (cycleServiceLevel - probabilities[n - 1]);
        } else {
            int i = 1;
            while (probabilities[i] < cycleServiceLevel) {
                i++;
            }
            double w = (cycleServiceLevel - probabilities[i - 1]) / (probabilities[i] - probabilities[i - 1]);
            r = quantiles[i - 1] + w * (quantiles[i] - quantiles[i - 1]);
        }
        // expected shortage under the interpolated quantile function: integral of (Q(u) - r)^+ du
        double shortage = 0;
        for (int i = 1; i < n; i++) {
            shortage += segmentExcess(probabilities[i - 1], quantiles[i - 1], probabilities[i], quantiles[i], r);
        }
        return new Result(r - leadTimeDemandMean, r, Double.NaN, cycleServiceLevel, shortage);
    }

    private static double segmentExcess(double u0, double q0, double u1, double q1, double r) {
        double a = q0 - r;
        double b = q1 - r;
        if (a >= 0 && b >= 0) {
            return (u1 - u0) * (a + b) / 2;
        }
        if (a <= 0 && b <= 0) {
            return 0;
        }
        // only b > 0 is possible since quantiles are non-decreasing
        double crossing = (u1 - u0) * b / (b - a);
        return crossing * b / 2;
    }
}
