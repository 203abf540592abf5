package io.shopmind.model.forecast;

import java.util.List;

/**
 * The distribution of a series' demand summed over a lead time, from its forecast model's own error process (not
 * from per-period intervals taken as independent).
 *
 * @param periodDays   days per forecast period
 * @param method       how it was obtained: {@code arima-exact}, {@code innovations}, {@code quantile-combination}
 *                     or {@code comonotone-bound}
 * @param extrapolated whether part of the lead time lies past the forecast's horizon
 * @param mean         expected demand over the lead time
 * @param quantiles    ascending in probability
 */
public record LeadTimeDemand(double leadTimeDays, double leadTimeSdDays, double periodDays, String method,
        boolean extrapolated, double mean, List<DemandQuantile> quantiles) {

    /** The demand not exceeded with {@code probability}. */
    public record DemandQuantile(double probability, double value) {
    }
}
