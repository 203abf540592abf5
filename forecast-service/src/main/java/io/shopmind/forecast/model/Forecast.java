package io.shopmind.forecast.model;

import java.util.List;

/**
 * A point forecast with its prediction intervals.
 *
 * @param model     the fitted model's name
 * @param mean      the point forecast per step ahead
 * @param intervals one interval per requested level, in the order requested
 */
public record Forecast(String model, double[] mean, List<PredictionInterval> intervals) {

    public int horizon() {
        return mean.length;
    }

    /** The interval at {@code level} percent; throws if that level was not requested. */
    public PredictionInterval interval(double level) {
        return intervals.stream()
                .filter(interval -> interval.level() == level)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No " + level + " % interval in this forecast"));
    }
}
