package io.shopmind.forecast.model;

/** A model fitted to one series. */
public interface FittedModel {

    /** A short description of the fitted model, e.g. {@code ARIMA(0,1,1)(0,1,1)[12]} or {@code ETS(M,Ad,M)}. */
    String name();

    /**
     * Forecasts {@code horizon} steps ahead.
     *
     * @param levels the coverage of the prediction intervals, in percent (e.g. 80, 95)
     */
    Forecast forecast(int horizon, double... levels);
}
