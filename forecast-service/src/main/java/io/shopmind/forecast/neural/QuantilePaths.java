package io.shopmind.forecast.neural;

import io.shopmind.forecast.baseline.GaussianIntervals;
import io.shopmind.forecast.model.FittedModel;
import io.shopmind.forecast.model.Forecast;
import io.shopmind.forecast.model.PredictionInterval;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * One series' forecast from the global network: per step, quantiles at fixed probabilities (sorted
 * across probabilities so they never cross, the rearrangement of Chernozhukov, Fernández-Val &amp; Galichon
 * 2010). The point forecast is the median. An interval at a trained level uses its two quantiles; at
 * another level the quantile is interpolated linearly in the normal score {@code z = Φ⁻¹(p)} between the
 * trained ones, and extrapolated beyond the outermost with the slope of the last two. Intervals so made
 * contain the median and grow with the level.
 *
 * @param name          the model's name
 * @param probabilities ascending, including 0.5
 * @param quantiles     {@code [step][probability]}, ascending along each step
 */
public record QuantilePaths(String name, double[] probabilities, double[][] quantiles) implements FittedModel {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    @Override
    public Forecast forecast(int horizon, double... levels) {
        GaussianIntervals.checkForecastArguments(horizon, levels);
        if (horizon > quantiles.length) {
            throw new IllegalArgumentException("horizon must be at most " + quantiles.length
                    + ", the horizon the network was trained for, got " + horizon);
        }
        double[] z = new double[probabilities.length];
        for (int k = 0; k < z.length; k++) {
            z[k] = STANDARD_NORMAL.inverseCumulativeProbability(probabilities[k]);
        }
        double[] mean = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            mean[h] = at(z, quantiles[h], 0);
        }
        List<PredictionInterval> intervals = new ArrayList<>(levels.length);
        for (double level : levels) {
            double score = GaussianIntervals.z(level);
            double[] lower = new double[horizon];
            double[] upper = new double[horizon];
            for (int h = 0; h < horizon; h++) {
                lower[h] = at(z, quantiles[h], -score);
                upper[h] = at(z, quantiles[h], score);
            }
            intervals.add(new PredictionInterval(level, lower, upper));
        }
        return new Forecast(name, mean, List.copyOf(intervals));
    }

    /** The quantile at normal score {@code target}, piecewise linear in z through the trained points. */
    private static double at(double[] z, double[] q, double target) {
        for (int k = 0; k < z.length; k++) {
            if (z[k] == target) {
                return q[k];
            }
        }
        int last = z.length - 1;
        int k = 0;
        while (k < last - 1 && target > z[k + 1]) {
            k++;
        }
        double slope = (q[k + 1] - q[k]) / (z[k + 1] - z[k]);
        return q[k] + slope * (target - z[k]);
    }
}
