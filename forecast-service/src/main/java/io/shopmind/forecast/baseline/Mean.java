package io.shopmind.forecast.baseline;

import io.shopmind.forecast.model.FittedModel;
import io.shopmind.forecast.model.Forecast;
import io.shopmind.forecast.model.Forecaster;
import io.shopmind.forecast.model.PredictionInterval;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The mean method: every forecast equals the sample mean, with Student-t intervals
 * {@code mean ± t(n-1) * s * sqrt(1 + 1/n)} (forecast 8.20 {@code meanf}).
 */
public record Mean() implements Forecaster {

    @Override
    public FittedModel fit(double[] y, int seasonalPeriod) {
        GaussianIntervals.checkSeries(y, seasonalPeriod, 1);
        int n = y.length;
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= n;
        double ss = 0;
        for (double v : y) {
            ss += (v - mean) * (v - mean);
        }
        double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : Double.NaN;
        return new Fitted(mean, sd, n);
    }

    /** The fitted mean model. */
    public record Fitted(double mean, double sd, int n) implements FittedModel {

        @Override
        public String name() {
            return "Mean";
        }

        @Override
        public Forecast forecast(int horizon, double... levels) {
            GaussianIntervals.checkForecastArguments(horizon, levels);
            double[] point = new double[horizon];
            Arrays.fill(point, mean);
            List<PredictionInterval> intervals = new ArrayList<>();
            for (double level : levels) {
                double w = n > 1
                        ? new TDistribution(null, n - 1).inverseCumulativeProbability(0.5 + level / 200) * sd * Math.sqrt(1 + 1.0 / n)
                        : Double.POSITIVE_INFINITY;
                double[] lower = new double[horizon];
                double[] upper = new double[horizon];
                Arrays.fill(lower, mean - w);
                Arrays.fill(upper, mean + w);
                intervals.add(new PredictionInterval(level, lower, upper));
            }
            return new Forecast(name(), point, List.copyOf(intervals));
        }
    }
}
