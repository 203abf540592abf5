package io.shopmind.forecast.neural;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Simulated daily unit sales of many products: a level between 20 and 500 units, a linear trend of up to
 * ±30 % a year, a weekly profile (a shared shape with weekend peaks, varied per product) and Gaussian noise
 * proportional to the level, its share drawn per product; sales below zero are cut to zero. Fixed seed, so every run sees the same shop.
 */
public final class DemandSeries {

    private static final double[] WEEK = {0.8, 0.85, 0.9, 0.95, 1.1, 1.4, 1.0};

    private DemandSeries() {
    }

    /**
     * @param count    how many products
     * @param days     observations per product
     * @param minNoise the least noise standard deviation, as a share of the level
     * @param maxNoise the most
     * @param trend    whether products trend
     */
    public static List<double[]> daily(int count, int days, double minNoise, double maxNoise, boolean trend, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<double[]> out = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            double level = 20 + 480 * random.nextDouble();
            double noise = minNoise + (maxNoise - minNoise) * random.nextDouble();
            double slope = trend ? (random.nextDouble() - 0.5) * 0.6 / 365 : 0;
            double[] week = new double[7];
            for (int d = 0; d < 7; d++) {
                week[d] = WEEK[d] * (0.8 + 0.4 * random.nextDouble());
            }
            int phase = random.nextInt(7);
            double[] y = new double[days];
            for (int t = 0; t < days; t++) {
                double mean = level * (1 + slope * t) * week[(t + phase) % 7];
                y[t] = Math.max(0, mean + noise * level * random.nextGaussian());
            }
            out.add(y);
        }
        return out;
    }
}
