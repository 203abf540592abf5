package io.shopmind.forecast.ets;

import io.shopmind.forecast.model.Forecaster;

/**
 * The damped trend method of Gardner &amp; McKenzie (1985) as ETS(A,Ad,N), trend multiplied by
 * {@code phi} each step (Hyndman et al. 2008, section 2.3.3; R forecast 8.20 {@code holt(damped = TRUE)}).
 * Parameters and initial states minimise the mean squared one-step error, as in R.
 */
public record DampedHolt() implements Forecaster {

    @Override
    public EtsModel fit(double[] y, int seasonalPeriod) {
        return new Ets("AAN", true, Ets.Criterion.MSE).fit(y, seasonalPeriod);
    }
}
