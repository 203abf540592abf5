package io.shopmind.recommendation.statistics;

/**
 * Confidence intervals for binomial proportions: the Wilson score interval for one proportion (Wilson 1927;
 * Newcombe 1998a, "Two-sided confidence intervals for the single proportion", method 3), and Newcombe's hybrid
 * score interval for the difference of two independent proportions (Newcombe 1998b, "Interval estimation for the
 * difference between independent proportions", method 10), which stays inside [−1, 1] and behaves at 0 and n.
 */
public final class Proportions {

    /** The standard normal quantile for a two-sided 95 % interval. */
    public static final double Z95 = 1.959963984540054;

    private Proportions() {
    }

    /** An estimate with its confidence interval. */
    public record Estimate(double value, double low, double high) {
    }

    /** {@code successes / trials} with its Wilson score interval; (0, 0, 1) when there are no trials. */
    public static Estimate wilson(long successes, long trials, double z) {
        if (trials < 0 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("successes: must be within 0.." + trials + ", was " + successes);
        }
        if (trials == 0) {
            return new Estimate(0, 0, 1);
        }
        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double centre = p + z2 / (2 * n);
        double spread = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        double denominator = 1 + z2 / n;
        double low = successes == 0 ? 0 : (centre - spread) / denominator;
        double high = successes == trials ? 1 : (centre + spread) / denominator;
        return new Estimate(p, low, high);
    }

    /**
     * The difference {@code p1 − p2} of two independent proportions with Newcombe's hybrid score interval:
     * {@code L = δ − √((p1 − l1)² + (u2 − p2)²)}, {@code U = δ + √((u1 − p1)² + (p2 − l2)²)}, where (l, u) are the
     * Wilson limits of each proportion.
     */
    public static Estimate difference(long successes1, long trials1, long successes2, long trials2, double z) {
        Estimate a = wilson(successes1, trials1, z);
        Estimate b = wilson(successes2, trials2, z);
        double delta = a.value() - b.value();
        double low = delta - Math.sqrt(square(a.value() - a.low()) + square(b.high() - b.value()));
        double high = delta + Math.sqrt(square(a.high() - a.value()) + square(b.value() - b.low()));
        return new Estimate(delta, low, high);
    }

    private static double square(double x) {
        return x * x;
    }
}
