package io.shopmind.inventory.newsvendor;

import java.util.Arrays;
import org.apache.commons.math3.distribution.PoissonDistribution;

/**
 * A demand distribution on the integers {@code min .. min + pmf.length - 1} with its cdf and
 * first-order loss functions n(x) = E[(D &minus; x)<sup>+</sup>] and
 * n&#772;(x) = E[(x &minus; D)<sup>+</sup>] (Snyder &amp; Shen, <i>Fundamentals of Supply Chain Theory</i>, Appendix C).
 *
 * @param min  smallest demand value with positive mass
 * @param pmf  probabilities of min, min+1, ...; they sum to 1 up to truncation
 * @param mean exact mean (for a truncated distribution, the untruncated mean keeps n(x) exact)
 */
public record DiscreteDemand(int min, double[] pmf, double mean) {

    public DiscreteDemand {
        if (pmf == null || pmf.length == 0) {
            throw new IllegalArgumentException("pmf must be non-empty");
        }
        double total = 0;
        for (double p : pmf) {
            if (!(p >= 0)) {
                throw new IllegalArgumentException("pmf entries must be non-negative");
            }
            total += p;
        }
        if (Math.abs(total - 1) > 1e-6) {
            throw new IllegalArgumentException("pmf must sum to 1, was " + total);
        }
        pmf = pmf.clone();
    }

    /** A distribution on min.. from its probabilities; the mean is computed from them. */
    public static DiscreteDemand of(int min, double... pmf) {
        double mean = 0;
        for (int i = 0; i < pmf.length; i++) {
            mean += (min + i) * pmf[i];
        }
        return new DiscreteDemand(min, pmf, mean);
    }

    /** Poisson(lambda), truncated where the remaining tail mass is below 1e-14. */
    public static DiscreteDemand poisson(double lambda) {
        if (!(lambda > 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("lambda must be positive and finite, was " + lambda);
        }
        PoissonDistribution dist = new PoissonDistribution(null, lambda,
                PoissonDistribution.DEFAULT_EPSILON, PoissonDistribution.DEFAULT_MAX_ITERATIONS);
        int hi = (int) Math.ceil(lambda + 12 * Math.sqrt(lambda) + 20);
        double[] p = new double[hi + 1];
        for (int d = 0; d <= hi; d++) {
            p[d] = dist.probability(d);
        }
        return new DiscreteDemand(0, p, lambda);
    }

    public int max() {
        return min + pmf.length - 1;
    }

    public double probability(int d) {
        int i = d - min;
        return i < 0 || i >= pmf.length ? 0 : pmf[i];
    }

    /** P(D &le; x). */
    public double cdf(int x) {
        double f = 0;
        int top = Math.min(x, max());
        for (int d = min; d <= top; d++) {
            f += pmf[d - min];
        }
        return Math.min(f, 1.0);
    }

    /** n&#772;(x) = E[(x &minus; D)<sup>+</sup>], a finite sum. */
    public double complementaryLoss(double x) {
        double s = 0;
        for (int i = 0; i < pmf.length; i++) {
            double d = min + i;
            if (d >= x) {
                break;
            }
            s += (x - d) * pmf[i];
        }
        return s;
    }

    /** n(x) = E[(D &minus; x)<sup>+</sup>] = n&#772;(x) &minus; (x &minus; E[D]). */
    public double loss(double x) {
        return complementaryLoss(x) - (x - mean);
    }

    /** Smallest x with P(D &le; x) &ge; alpha. */
    public int quantile(double alpha) {
        double f = 0;
        for (int i = 0; i < pmf.length; i++) {
            f += pmf[i];
            if (f >= alpha - 1e-12) {
                return min + i;
            }
        }
        return max();
    }

    /** Distribution of the sum of n independent copies (lead-time demand over n periods). */
    public DiscreteDemand convolve(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
        double[] acc = pmf.clone();
        int accMin = min;
        for (int k = 1; k < n; k++) {
            double[] next = new double[acc.length + pmf.length - 1];
            for (int i = 0; i < acc.length; i++) {
                if (acc[i] == 0) {
                    continue;
                }
                for (int j = 0; j < pmf.length; j++) {
                    next[i + j] += acc[i] * pmf[j];
                }
            }
            acc = next;
            accMin += min;
        }
        return new DiscreteDemand(accMin, acc, mean * n);
    }

    @Override
    public double[] pmf() {
        return pmf.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DiscreteDemand other && other.min == min && other.mean == mean
                && Arrays.equals(other.pmf, pmf);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Integer.hashCode(min) + Double.hashCode(mean)) + Arrays.hashCode(pmf);
    }

    @Override
    public String toString() {
        return "DiscreteDemand[min=" + min + ", support=" + pmf.length + ", mean=" + mean + "]";
    }
}
