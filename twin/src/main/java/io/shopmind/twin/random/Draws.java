package io.shopmind.twin.random;

import java.util.SplittableRandom;

/**
 * Counter-based random numbers: every draw is a pure function of (seed, source, keys), as in Salmon et al. (2011),
 * "Parallel random numbers: as easy as 1, 2, 3", with SplitMix64's finaliser (Steele, Lea and Flood 2014) as the
 * mixing function. A shopper's choice noise on day 40 for SKU 17 is the same in every arm, whatever the arms
 * decided before, which is what common random numbers need (Law 2015, Simulation Modeling and Analysis, §11.2).
 */
public final class Draws {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final double TO_UNIT = 0x1.0p-53;

    private final long seed;

    public Draws(long seed) {
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    /** A uniform draw in (0, 1), never 0 exactly, so logs and inverse CDFs stay finite. */
    public double uniform(Source source, long a, long b, long c) {
        return ((bits(source, a, b, c) >>> 11) + 0.5) * TO_UNIT;
    }

    public double uniform(Source source, long a, long b) {
        return uniform(source, a, b, 0);
    }

    /** A standard normal draw (inverse CDF by Box-Muller on two keyed uniforms). */
    public double normal(Source source, long a, long b, long c) {
        double u1 = uniform(source, a, b, 2 * c);
        double u2 = uniform(source, a, b, 2 * c + 1);
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** A standard Gumbel draw: the noise of a multinomial-logit choice (Train 2009, Discrete Choice Methods, §3.1). */
    public double gumbel(Source source, long a, long b, long c) {
        return -Math.log(-Math.log(uniform(source, a, b, c)));
    }

    /** A sequential generator for one key, where a sequence is drawn at once (a competitor's price path, say). */
    public SplittableRandom stream(Source source, long a, long b) {
        return new SplittableRandom(bits(source, a, b, -1));
    }

    /** A Poisson draw with the given mean (inversion for small means, normal approximation above 500). */
    public int poisson(Source source, long a, long b, long c, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 500) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * normal(source, a, b, c)));
        }
        double u = uniform(source, a, b, c);
        double p = Math.exp(-mean);
        double cumulative = p;
        int k = 0;
        while (u > cumulative && k < 10_000) {
            k++;
            p *= mean / k;
            cumulative += p;
        }
        return k;
    }

    private long bits(Source source, long a, long b, long c) {
        long h = mix(seed ^ source.salt());
        h = mix(h + GOLDEN * (a + 1));
        h = mix(h + GOLDEN * (b + 1));
        return mix(h + GOLDEN * (c + 1));
    }

    /** SplitMix64's finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
