package io.shopmind.forecast.evaluation;

import io.shopmind.forecast.model.Forecast;

/**
 * One model's holdout result on one series.
 *
 * @param seriesId the series
 * @param model    the candidate's name
 * @param forecast the forecast over the holdout (Naive2's when the model failed)
 * @param actual   the held-out observations
 * @param smape    sMAPE in percent
 * @param mase     MASE
 * @param coverage the share of held-out values inside each interval, in the order of the levels
 * @param failed   whether the model could not fit or forecast this series
 */
public record SeriesScore(String seriesId, String model, Forecast forecast, double[] actual, double smape,
                          double mase, double[] coverage, boolean failed) {
}
