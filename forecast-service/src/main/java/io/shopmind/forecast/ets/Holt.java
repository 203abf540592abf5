package io.shopmind.forecast.ets;

import io.shopmind.forecast.model.Forecaster;

/** Holt's linear trend method as ETS(A,A,N) (Hyndman et al. 2008, section 2.3.2; R forecast 8.20 {@code holt}). * Parameters and initial states minimise the mean squared one-step error, as in R.
 */
public record Holt() implements Forecaster {

    @Override
    public EtsModel fit(double[] y, int seasonalPeriod) {
        return new Ets("AAN", false, Ets.Criterion.MSE).fit(y, seasonalPeriod);
    }
}
