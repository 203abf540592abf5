package io.shopmind.model.forecast;

import java.time.LocalDate;
import java.util.List;

/** The forecast for one period: its mean and prediction intervals (e.g. 80 % and 95 %). */
public record ForecastPoint(LocalDate ds, double mean, List<Interval> intervals) {
}
