package io.shopmind.model.forecast;

import java.util.List;

/** The answer to a {@link LeadTimeDemandQuery}: each series' forecast with its lead-time demand. */
public record LeadTimeForecast(List<Entry> forecasts, List<String> missing) {

    public record Entry(SeriesForecast forecast, LeadTimeDemand leadTimeDemand) {
    }
}
