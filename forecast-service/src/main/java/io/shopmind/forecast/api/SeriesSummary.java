package io.shopmind.forecast.api;

import io.shopmind.model.forecast.ForecastAccuracy;
import java.time.LocalDate;

/**
 * A series in the listing, with the model and backtest accuracy of its latest forecast (null before any run).
 */
public record SeriesSummary(String seriesId, String frequency, int seasonalPeriod, long observations,
        LocalDate firstDs, LocalDate lastDs, String model, ForecastAccuracy accuracy) {
}
