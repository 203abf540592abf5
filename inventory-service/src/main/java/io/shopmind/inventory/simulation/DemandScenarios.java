package io.shopmind.inventory.simulation;

import java.util.SplittableRandom;

/**
 * Seeded demand scenarios, shared by every policy under comparison (common random numbers).
 * Negative binomial demand is drawn as a gamma-mixed Poisson, which gives over-dispersed counts
 * with a chosen mean and variance (variance &gt; mean).
 */
public record DemandScenarios(int[][] demand) {

    public DemandScenarios {
        if (demand == null || demand.length == 0 || demand[0].length == 0) {
            throw new IllegalArgumentException("demand must hold at least one non-empty scenario");
        }
        int[][] copy = new int[demand.length][];
        for (int i = 0; i < demand.length; i++) {
            if (demand[i].length != demand[0].length) {
                throw new IllegalArgumentException("demand scenarios must have equal length");
            }
            copy[i] = demand[i].clone();
        }
        demand = copy;
    }

    public int scenarios() {
        return demand.length;
    }

    public int periods() {
        return demand[0].length;
    }

    /** A copy of one scenario's demand path. */
    public int[] scenario(int i) {
        return demand[i].clone();
    }

    int[] path(int i) {
        return demand[i];
    }

    /** Negative binomial demand with the given mean and variance (variance must exceed mean). */
    public static DemandScenarios negativeBinomial(long seed, int scenarios, int periods, double mean,
                                                   double variance) {
        if (!(mean > 0)) {
            throw new IllegalArgumentException("mean must be positive, was " + mean);
        }
        if (!(variance > mean)) {
            throw new IllegalArgumentException("variance must exceed mean for negative binomial demand");
        }
        if (scenarios < 1 || periods < 1) {
            throw new IllegalArgumentException("scenarios and periods must be at least 1");
        }
        double shape = mean * mean / (variance - mean);
        double scale = mean / shape;
        SplittableRandom rng = new SplittableRandom(seed);
        int[][] d = new int[scenarios][periods];
        for (int i = 0; i < scenarios; i++) {
            for (int t = 0; t < periods; t++) {
                d[i][t] = poisson(rng, gamma(rng, shape) * scale);
            }
        }
        return new DemandScenarios(d);
    }

    /** Probability mass of the same negative binomial on 0..max where the tail falls below 1e-12. */
    public static double[] negativeBinomialPmf(double mean, double variance) {
        double shape = mean * mean / (variance - mean);
        double q = mean / variance; // success probability
        double p0 = Math.pow(q, shape);
        double[] buf = new double[16];
        buf[0] = p0;
        double total = p0;
        int k = 0;
        while (1 - total > 1e-12 || k < mean) {
            k++;
            if (k >= buf.length) {
                buf = java.util.Arrays.copyOf(buf, buf.length * 2);
            }
            buf[k] = buf[k - 1] * (k - 1 + shape) / k * (1 - q);
            total += buf[k];
        }
        double[] pmf = java.util.Arrays.copyOf(buf, k + 1);
        for (int i = 0; i <= k; i++) {
            pmf[i] /= total;
        }
        return pmf;
    }

    // Marsaglia & Tsang (2000); shapes below 1 use the boost gamma(a) = gamma(a+1) U^(1/a)
    private static double gamma(SplittableRandom rng, double shape) {
        if (shape < 1) {
            return gamma(rng, shape + 1) * Math.pow(rng.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = normal(rng);
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = rng.nextDouble();
            if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }

    private static double normal(SplittableRandom rng) {
        double u1 = 1 - rng.nextDouble();
        double u2 = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    private static int poisson(SplittableRandom rng, double lambda) {
        if (lambda < 30) {
            // inversion: exact and fast for small rates
            double p = Math.exp(-lambda);
            double f = p;
            double u = rng.nextDouble();
            int k = 0;
            while (u > f && k < 1000) {
                k++;
                p *= lambda / k;
                f += p;
            }
            return k;
        }
        // large rate: split into halves, each drawn recursively, keeps exactness
        int a = poisson(rng, lambda / 2);
        return a + poisson(rng, lambda / 2);
    }
}
