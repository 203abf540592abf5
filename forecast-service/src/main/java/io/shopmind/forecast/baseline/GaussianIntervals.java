package io.shopmind.forecast.baseline;

import io.shopmind.forecast.model.PredictionInterval;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;

/** Symmetric prediction intervals {@code mean ± z * se} under normally distributed forecast errors. */
public final class GaussianIntervals {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    private GaussianIntervals() {
    }

    /** The standard normal quantile that leaves {@code (100 - level) / 2} percent in each tail. */
    public static double z(double level) {
        checkLevel(level);
        return STANDARD_NORMAL.inverseCumulativeProbability(0.5 + level / 200.0);
    }

    /** Rejects levels outside (0, 100). */
    public static void checkLevel(double level) {
        if (!(level > 0 && level < 100)) {
            throw new IllegalArgumentException("levels must lie strictly between 0 and 100, got " + level);
        }
    }

    /** One interval per level with half-width {@code z(level) * standardError[h]}. */
    public static List<PredictionInterval> of(double[] mean, double[] standardError, double... levels) {
        List<PredictionInterval> intervals = new ArrayList<>(levels.length);
        for (double level : levels) {
            double z = z(level);
            double[] lower = new double[mean.length];
            double[] upper = new double[mean.length];
            for (int h = 0; h < mean.length; h++) {
                lower[h] = mean[h] - z * standardError[h];
                upper[h] = mean[h] + z * standardError[h];
            }
            intervals.add(new PredictionInterval(level, lower, upper));
        }
        return List.copyOf(intervals);
    }

    /** Validates the arguments every {@code forecast(horizon, levels)} call shares. */
    public static void checkForecastArguments(int horizon, double... levels) {
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be at least 1, got " + horizon);
        }
        if (levels == null) {
            throw new IllegalArgumentException("levels must not be null");
        }
        for (double level : levels) {
            checkLevel(level);
        }
    }

    /** Validates a series passed to {@code Forecaster.fit}. */
    public static void checkSeries(double[] y, int seasonalPeriod, int minimumLength) {
        if (y == null) {
            throw new IllegalArgumentException("y must not be null");
        }
        if (y.length < minimumLength) {
            throw new IllegalArgumentException("y must hold at least " + minimumLength + " observations, got " + y.length);
        }
        for (double v : y) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("y must not contain missing or infinite values");
            }
        }
        if (seasonalPeriod < 1) {
            throw new IllegalArgumentException("seasonalPeriod must be at least 1, got " + seasonalPeriod);
        }
    }
}
