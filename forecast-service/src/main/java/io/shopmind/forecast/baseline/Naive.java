package io.shopmind.forecast.baseline;

import io.shopmind.forecast.model.FittedModel;
import io.shopmind.forecast.model.Forecaster;

/** The naive method: every forecast equals the last observation (forecast 8.20 {@code naive}). */
public record Naive() implements Forecaster {

    @Override
    public FittedModel fit(double[] y, int seasonalPeriod) {
        GaussianIntervals.checkSeries(y, seasonalPeriod, 1);
        return LagWalk.fit("Naive", y, 1);
    }
}
