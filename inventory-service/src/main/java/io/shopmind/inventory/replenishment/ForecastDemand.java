package io.shopmind.inventory.replenishment;

import io.shopmind.inventory.newsvendor.StandardNormal;
import io.shopmind.inventory.safetystock.LeadTimeDemand;

/**
 * Demand per forecast period: means and standard deviations, periods assumed independent. Past the forecast's end,
 * demand continues at the average of its last week (at most seven periods), so a short forecast still covers a long
 * lead time.
 *
 * @param periodDays length of one period in days (1 for a daily forecast, 7 for a weekly one)
 */
public record ForecastDemand(double[] mean, double[] sd, double periodDays) {

    // the two coverages forecasts carry, so converting their intervals costs no quantile computation
    private static final double Z_80 = StandardNormal.inverseCdf(0.9);
    private static final double Z_95 = StandardNormal.inverseCdf(0.975);

    public ForecastDemand {
        if (mean == null || sd == null || mean.length == 0 || mean.length != sd.length) {
            throw new IllegalArgumentException("mean and sd must be non-empty and of equal length");
        }
        if (!(periodDays > 0)) {
            throw new IllegalArgumentException("periodDays must be positive, was " + periodDays);
        }
        mean = mean.clone();
        sd = sd.clone();
        for (int i = 0; i < mean.length; i++) {
            // a forecast may dip below zero; demand cannot
            mean[i] = Math.max(0, mean[i]);
            sd[i] = Math.max(0, sd[i]);
        }
    }

    /**
     * The standard deviation of a normal forecast from a central prediction interval: its width is
     * 2&middot;z<sub>(1+c)/2</sub>&middot;&sigma; at coverage c (Hyndman &amp; Athanasopoulos, <i>Forecasting: Principles
     * and Practice</i>, 3rd ed., section 5.5).
     *
     * @param level coverage in percent (80) or as a fraction (0.8)
     */
    public static double sdFromInterval(double level, double lower, double upper) {
        double coverage = level > 1 ? level / 100 : level;
        if (!(coverage > 0 && coverage < 1) || !(upper >= lower)) {
            return Double.NaN;
        }
        double z = coverage == 0.8 ? Z_80 : coverage == 0.95 ? Z_95 : StandardNormal.inverseCdf((1 + coverage) / 2);
        return (upper - lower) / (2 * z);
    }

    public int periods() {
        return mean.length;
    }

    /** Expected demand over days [from, to) from now, whole and partial periods. */
    public double meanOver(double fromDays, double toDays) {
        return over(fromDays, toDays, false);
    }

    /** Variance of demand over days [from, to): a share f of a period contributes f&sigma;&sup2;. */
    public double varianceOver(double fromDays, double toDays) {
        return over(fromDays, toDays, true);
    }

    /** Average demand per day over the forecast. */
    public double meanPerDay() {
        double total = 0;
        for (double m : mean) {
            total += m;
        }
        return total / (mean.length * periodDays);
    }

    /**
     * Demand over a random lead time: the forecast's sum over the mean lead time, plus the lead time's own variability
     * through {@link LeadTimeDemand#of}: variance &Sigma;&sigma;<sub>t</sub>&sup2; + &mu;&#772;&sup2;&sigma;<sub>L</sub>&sup2;
     * with &mu;&#772; the average demand per period over the lead time.
     */
    public LeadTimeDemand leadTimeDemand(double leadTimeMeanDays, double leadTimeSdDays) {
        if (!(leadTimeMeanDays > 0)) {
            return new LeadTimeDemand(0, 0);
        }
        double periods = leadTimeMeanDays / periodDays;
        double total = meanOver(0, leadTimeMeanDays);
        double variance = varianceOver(0, leadTimeMeanDays);
        return LeadTimeDemand.of(total / periods, Math.sqrt(variance / periods), periods, leadTimeSdDays / periodDays);
    }

    private double over(double fromDays, double toDays, boolean variance) {
        double from = fromDays / periodDays;
        double to = toDays / periodDays;
        double sum = 0;
        for (int p = (int) Math.floor(from); p < to; p++) {
            double share = Math.min(to, p + 1) - Math.max(from, p);
            if (share > 0) {
                sum += share * (variance ? sd(p) * sd(p) : mean(p));
            }
        }
        return sum;
    }

    private double mean(int period) {
        return period < mean.length ? mean[period] : tail(false);
    }

    private double sd(int period) {
        return period < sd.length ? sd[period] : Math.sqrt(tail(true));
    }

    private double tail(boolean variance) {
        int n = Math.min(7, mean.length);
        double sum = 0;
        for (int i = mean.length - n; i < mean.length; i++) {
            sum += variance ? sd[i] * sd[i] : mean[i];
        }
        return sum / n;
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] sd() {
        return sd.clone();
    }
}
