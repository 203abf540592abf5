package io.shopmind.forecast.history;

/**
 * How an import treats its series.
 *
 * @param frequency      the frequency of every series in the file
 * @param seasonalPeriod their seasonal period
 * @param fillMissing    whether periods missing between a series' first and last date become zero sales
 */
public record ImportOptions(Frequency frequency, int seasonalPeriod, boolean fillMissing) {
}
