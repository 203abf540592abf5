package io.shopmind.twin.calibration;

import java.util.Arrays;

/** The distribution of one feature over a set of series: how many, and its 10th to 90th percentiles. */
public record FeatureSummary(String feature, String series, int count, double p10, double p25, double p50,
        double p75, double p90) {

    public static FeatureSummary of(String feature, String series, double[] values) {
        double[] v = Arrays.stream(values).filter(x -> !Double.isNaN(x)).sorted().toArray();
        if (v.length == 0) {
            return new FeatureSummary(feature, series, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return new FeatureSummary(feature, series, v.length, quantile(v, 0.1), quantile(v, 0.25), quantile(v, 0.5),
                quantile(v, 0.75), quantile(v, 0.9));
    }

    /** R's default quantile (type 7): linear between order statistics. */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
