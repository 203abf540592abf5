package io.shopmind.model.forecast;

/** Rolling-origin backtest error of the chosen model on its series. */
public record ForecastAccuracy(Double mase, Double smape, int origins, int horizon) {
}
