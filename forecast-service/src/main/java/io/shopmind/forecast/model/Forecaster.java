package io.shopmind.forecast.model;

/** A forecasting method: fits itself to one series and returns the fitted model. */
@FunctionalInterface
public interface Forecaster {

    /**
     * @param y              the observations, oldest first, without missing values
     * @param seasonalPeriod observations per season (12 for monthly data, 7 for daily, 1 for none)
     */
    FittedModel fit(double[] y, int seasonalPeriod);
}
