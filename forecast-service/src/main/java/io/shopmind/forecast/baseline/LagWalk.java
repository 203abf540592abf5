package io.shopmind.forecast.baseline;

import io.shopmind.forecast.model.FittedModel;
import io.shopmind.forecast.model.Forecast;
import java.util.Arrays;

/**
 * A fitted random walk at lag {@code lag}: {@code y[t] = y[t-lag] + e[t]}. Lag 1 is the naive
 * method, lag m the seasonal naive method (Hyndman & Athanasopoulos, "Forecasting: Principles and
 * Practice", 3rd ed., sections 5.2 and 5.5; forecast 8.20 {@code lagwalk}).
 *
 * @param name   the model's name
 * @param lag    the lag of the walk
 * @param future the last {@code lag} observations, oldest first
 * @param sigma2 mean squared one-step residual (residuals exist from observation {@code lag + 1})
 */
public record LagWalk(String name, int lag, double[] future, double sigma2) implements FittedModel {

    static LagWalk fit(String name, double[] y, int lag) {
        double sum = 0;
        int count = 0;
        for (int t = lag; t < y.length; t++) {
            double e = y[t] - y[t - lag];
            sum += e * e;
            count++;
        }
        double sigma2 = count > 0 ? sum / count : Double.NaN;
        double[] future = Arrays.copyOfRange(y, y.length - lag, y.length);
        return new LagWalk(name, lag, future, sigma2);
    }

    @Override
    public Forecast forecast(int horizon, double... levels) {
        GaussianIntervals.checkForecastArguments(horizon, levels);
        double[] mean = new double[horizon];
        double[] se = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            mean[h] = future[h % lag];
            int steps = h / lag + 1;
            se[h] = Math.sqrt(sigma2 * steps);
        }
        return new Forecast(name, mean, GaussianIntervals.of(mean, se, levels));
    }
}
