package io.shopmind.forecast.intermittent;

import io.shopmind.forecast.baseline.GaussianIntervals;
import io.shopmind.forecast.model.FittedModel;
import io.shopmind.forecast.model.Forecast;
import io.shopmind.forecast.model.PredictionInterval;
import java.util.Arrays;
import java.util.List;

/**
 * A fitted intermittent-demand model: a flat demand-rate forecast with intervals
 * {@code rate ± z * sigma}, sigma² the mean squared one-step in-sample forecast error, the lower
 * limit cut at zero as demand is never negative. These methods have no stochastic model of their own
 * (Shenstone &amp; Hyndman 2005), so the empirical error variance stands in for one.
 *
 * @param name      the method's name
 * @param rate      the forecast demand per period
 * @param fitted    one-step forecasts (NaN before the method has a forecast)
 * @param sigma2    mean squared one-step error where a forecast exists
 */
public record IntermittentModel(String name, double rate, double[] fitted, double sigma2) implements FittedModel {

    static IntermittentModel of(String name, double rate, double[] y, double[] fitted) {
        double sum = 0;
        int count = 0;
        for (int t = 0; t < y.length; t++) {
            if (!Double.isNaN(fitted[t])) {
                double e = y[t] - fitted[t];
                sum += e * e;
                count++;
            }
        }
        return new IntermittentModel(name, rate, fitted, count > 0 ? sum / count : 0);
    }

    @Override
    public Forecast forecast(int horizon, double... levels) {
        GaussianIntervals.checkForecastArguments(horizon, levels);
        double[] mean = new double[horizon];
        Arrays.fill(mean, rate);
        List<PredictionInterval> intervals = Arrays.stream(levels).mapToObj(level -> {
            double half = GaussianIntervals.z(level) * Math.sqrt(sigma2);
            double[] lower = new double[horizon];
            double[] upper = new double[horizon];
            Arrays.fill(lower, Math.max(0, rate - half));
            Arrays.fill(upper, rate + half);
            return new PredictionInterval(level, lower, upper);
        }).toList();
        return new Forecast(name, mean, intervals);
    }

    static void checkDemand(double[] y) {
        GaussianIntervals.checkSeries(y, 1, 1);
        for (double v : y) {
            if (v < 0) {
                throw new IllegalArgumentException("y must not contain negative demand, got " + v);
            }
        }
    }

    static void checkSmoothing(String parameter, double value) {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException(parameter + " must lie in (0, 1], got " + value);
        }
    }
}
