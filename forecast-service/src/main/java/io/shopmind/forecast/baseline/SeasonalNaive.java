package io.shopmind.forecast.baseline;

import io.shopmind.forecast.model.FittedModel;
import io.shopmind.forecast.model.Forecaster;

/**
 * The seasonal naive method: each forecast equals the last observation of the same season
 * (forecast 8.20 {@code snaive}). With a seasonal period of 1 it is the naive method.
 */
public record SeasonalNaive() implements Forecaster {

    @Override
    public FittedModel fit(double[] y, int seasonalPeriod) {
        GaussianIntervals.checkSeries(y, seasonalPeriod, 1);
        if (y.length < seasonalPeriod) {
            throw new IllegalArgumentException("y must cover at least one seasonal period (" + seasonalPeriod + "), got " + y.length);
        }
        return LagWalk.fit("SNaive", y, seasonalPeriod);
    }
}
