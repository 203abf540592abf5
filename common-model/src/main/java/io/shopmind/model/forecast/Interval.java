package io.shopmind.model.forecast;

/** A prediction interval at {@code level} percent coverage. */
public record Interval(double level, double lower, double upper) {
}
