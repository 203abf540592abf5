package io.shopmind.forecast.ets;

import io.shopmind.forecast.model.Forecaster;

/**
 * Simple exponential smoothing as the state space model ETS(A,N,N), level {@code l_t = l_{t-1} + alpha e_t}
 * (Hyndman et al. 2008, section 2.3.1; R forecast 8.20 {@code ses} with optimal initial level).
 * Parameters and initial states minimise the mean squared one-step error, as in R.
 */
public record SimpleExponentialSmoothing() implements Forecaster {

    @Override
    public EtsModel fit(double[] y, int seasonalPeriod) {
        return new Ets("ANN", false, Ets.Criterion.MSE).fit(y, seasonalPeriod);
    }
}
