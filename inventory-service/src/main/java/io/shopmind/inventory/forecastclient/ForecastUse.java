package io.shopmind.inventory.forecastclient;

import io.shopmind.model.forecast.LeadTimeDemand;
import io.shopmind.model.forecast.SeriesForecast;

/**
 * The forecast a plan uses for a SKU and where it came from.
 *
 * @param forecast null when {@code source} is {@link ForecastSource#NONE}
 * @param note     why a cached forecast or none was used, for the buyer
 * @param leadTimeDemand the forecast's demand over the SKU's lead time, or null when the forecast came without it
 */
public record ForecastUse(ForecastSource source, SeriesForecast forecast, String note, LeadTimeDemand leadTimeDemand) {
}
