package io.shopmind.forecast.ets;

import io.shopmind.forecast.model.Forecaster;

/**
 * Holt-Winters' seasonal method: additive as ETS(A,A,A), multiplicative as ETS(M,A,M), optionally
 * damped (Hyndman et al. 2008, section 2.3.4; R forecast 8.20 {@code hw}).
 *
 * @param multiplicative multiplicative rather than additive seasonality
 * @param damped         damp the trend
 * Parameters and initial states minimise the mean squared one-step error, as in R.
 */
public record HoltWinters(boolean multiplicative, boolean damped) implements Forecaster {

    public static HoltWinters additiveSeasonal() {
        return new HoltWinters(false, false);
    }

    public static HoltWinters multiplicativeSeasonal() {
        return new HoltWinters(true, false);
    }

    @Override
    public EtsModel fit(double[] y, int seasonalPeriod) {
        if (seasonalPeriod < 2) {
            throw new IllegalArgumentException("seasonalPeriod must be at least 2 for Holt-Winters, got " + seasonalPeriod);
        }
        if (y != null && y.length <= seasonalPeriod) {
            throw new IllegalArgumentException("y must be longer than one seasonal period (" + seasonalPeriod + ")");
        }
        return new Ets(multiplicative ? "MAM" : "AAA", damped, Ets.Criterion.MSE).fit(y, seasonalPeriod);
    }
}
