package io.shopmind.inventory.newsvendor;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The standard normal distribution and its first-order loss function
 * L(z) = &phi;(z) &minus; z(1 &minus; &Phi;(z)) (Snyder &amp; Shen, <i>Fundamentals of Supply Chain Theory</i>, Appendix C).
 */
public final class StandardNormal {

    // no random generator: this instance is only evaluated, never sampled
    private static final NormalDistribution N01 = new NormalDistribution(null, 0.0, 1.0);

    private StandardNormal() {
    }

    public static double pdf(double z) {
        return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
    }

    public static double cdf(double z) {
        return N01.cumulativeProbability(z);
    }

    /** &Phi;<sup>-1</sup>(alpha) for 0 &lt; alpha &lt; 1. */
    public static double inverseCdf(double alpha) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0,1), was " + alpha);
        }
        return N01.inverseCumulativeProbability(alpha);
    }

    /** Standard normal loss L(z) = E[(Z &minus; z)<sup>+</sup>]. */
    public static double loss(double z) {
        return pdf(z) - z * (1 - cdf(z));
    }

    /** Complementary loss L&#772;(z) = E[(z &minus; Z)<sup>+</sup>] = z + L(z). */
    public static double complementaryLoss(double z) {
        return z + loss(z);
    }

    /**
     * The z with L(z) = target, for target &gt; 0. L is strictly decreasing, so bisection on a
     * bracket that always contains the root is robust; 200 halvings reach double precision.
     */
    public static double inverseLoss(double target) {
        if (!(target > 0) || Double.isInfinite(target)) {
            throw new IllegalArgumentException("target must be positive and finite, was " + target);
        }
        // widen a bracket around the root; L(z) grows like -z to the left and vanishes to the right
        double lo = -1;
        while (loss(lo) < target) {
            lo *= 2;
        }
        double hi = 1;
        while (loss(hi) > target && hi < 40) {
            hi *= 2;
        }
        for (int i = 0; i < 200 && hi - lo > 1e-13; i++) {
            double mid = 0.5 * (lo + hi);
            if (loss(mid) > target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }
}
