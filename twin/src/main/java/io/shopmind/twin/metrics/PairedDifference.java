package io.shopmind.twin.metrics;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The mean of paired differences (arm − baseline, one pair per seed) with its two-sided Student t confidence
 * interval: mean ± t(1 − α/2, n − 1) · s / √n, the paired t-interval (Student 1908; as R's
 * {@code t.test(x, y, paired = TRUE)}). It assumes the differences are roughly normal and independent across
 * seeds; common random numbers make them small, not dependent.
 *
 * @param n          pairs
 * @param mean       mean difference
 * @param sd         sample standard deviation of the differences
 * @param lower      lower end of the interval (NaN for fewer than two pairs)
 * @param upper      upper end of the interval
 * @param baseline   the baseline's mean, to state the difference as a share of it
 */
public record PairedDifference(int n, double mean, double sd, double lower, double upper, double level,
        double baseline) {

    public static PairedDifference of(double[] arm, double[] baseline, double level) {
        if (arm.length != baseline.length || arm.length == 0) {
            throw new IllegalArgumentException("one arm value per baseline value, at least one pair");
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1)");
        }
        int n = arm.length;
        double mean = 0;
        double baselineMean = 0;
        for (int i = 0; i < n; i++) {
            mean += arm[i] - baseline[i];
            baselineMean += baseline[i];
        }
        mean /= n;
        baselineMean /= n;
        if (n < 2) {
            return new PairedDifference(n, mean, Double.NaN, Double.NaN, Double.NaN, level, baselineMean);
        }
        double ss = 0;
        for (int i = 0; i < n; i++) {
            double e = arm[i] - baseline[i] - mean;
            ss += e * e;
        }
        double sd = Math.sqrt(ss / (n - 1));
        double t = new TDistribution(null, n - 1).inverseCumulativeProbability(1 - (1 - level) / 2);
        double half = t * sd / Math.sqrt(n);
        return new PairedDifference(n, mean, sd, mean - half, mean + half, level, baselineMean);
    }

    /** The interval leaves out zero. */
    public boolean excludesZero() {
        return lower > 0 || upper < 0;
    }

    /** The t statistic, mean / (s / √n). */
    public double t() {
        return mean / (sd / Math.sqrt(n));
    }

    /** The mean difference as a share of the baseline's mean. */
    public double relative() {
        return baseline == 0 ? Double.NaN : mean / Math.abs(baseline);
    }
}
