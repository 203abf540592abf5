package io.shopmind.forecast.model;

/**
 * A prediction interval per step ahead.
 *
 * @param level coverage in percent, e.g. 95
 */
public record PredictionInterval(double level, double[] lower, double[] upper) {
}
