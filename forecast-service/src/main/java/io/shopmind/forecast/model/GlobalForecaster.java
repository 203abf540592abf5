package io.shopmind.forecast.model;

import java.util.List;

/**
 * A forecasting method trained across many series at once (a global model): one fit learns from all of them and
 * returns a fitted model per series. As a {@link Forecaster} it is a global model of one series.
 */
public interface GlobalForecaster extends Forecaster {

    /**
     * @param series         observations of each series, oldest first, without missing values
     * @param seasonalPeriod observations per season, shared by all series
     * @param horizon        the longest forecast the fitted models must give
     * @return one fitted model per series, in the order given
     */
    List<FittedModel> fitGlobal(List<double[]> series, int seasonalPeriod, int horizon);
}
