package io.shopmind.model.forecast;

import java.time.Instant;
import java.util.List;

/**
 * The current forecast of one series (a SKU, or SKU × location), as forecast-service serves it to the inventory
 * and pricing services and to the operations team.
 *
 * @param seriesId  the series, e.g. a SKU
 * @param model     the model that produced it, e.g. {@code ARIMA(0,1,1)(0,1,1)[7]}
 * @param points    one point per step ahead, oldest first
 * @param accuracy  the model's backtest error on this series, when it was backtested
 * @param createdAt when the forecast was made
 */
public record SeriesForecast(String seriesId, String model, List<ForecastPoint> points, ForecastAccuracy accuracy,
        Instant createdAt) {
}
