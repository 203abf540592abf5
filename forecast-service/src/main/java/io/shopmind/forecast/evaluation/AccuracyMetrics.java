package io.shopmind.forecast.evaluation;

/**
 * Point and interval accuracy measures of the M4 competition (M4 Competitor's Guide, 2018;
 * Makridakis, Spiliotis &amp; Assimakopoulos 2020, "The M4 Competition: 100,000 time series and 61
 * forecasting methods", IJF 36, section 2.3).
 */
public final class AccuracyMetrics {

    private AccuracyMetrics() {
    }

    /** Symmetric MAPE in percent: {@code mean(200 |y - f| / (|y| + |f|))}; a term with y = f = 0 counts as 0. */
    public static double smape(double[] actual, double[] forecast) {
        checkSameLength(actual, forecast);
        double sum = 0;
        for (int t = 0; t < actual.length; t++) {
            double denominator = Math.abs(actual[t]) + Math.abs(forecast[t]);
            double error = Math.abs(actual[t] - forecast[t]);
            sum += denominator == 0 ? 0 : 200 * error / denominator;
        }
        return sum / actual.length;
    }

    /**
     * Mean absolute scaled error: mean absolute forecast error divided by the in-sample mean absolute
     * error of the seasonal naive method at lag m (lag 1 when the sample is not longer than m).
     * NaN when that scale is zero.
     */
    public static double mase(double[] insample, int seasonalPeriod, double[] actual, double[] forecast) {
        checkSameLength(actual, forecast);
        double scale = naiveScale(insample, seasonalPeriod);
        double sum = 0;
        for (int t = 0; t < actual.length; t++) {
            sum += Math.abs(actual[t] - forecast[t]);
        }
        return scale == 0 ? Double.NaN : sum / actual.length / scale;
    }

    /** The in-sample mean absolute error of the seasonal naive method, MASE's denominator. */
    public static double naiveScale(double[] insample, int seasonalPeriod) {
        if (insample == null || insample.length < 2) {
            throw new IllegalArgumentException("insample must hold at least 2 observations");
        }
        if (seasonalPeriod < 1) {
            throw new IllegalArgumentException("seasonalPeriod must be at least 1, got " + seasonalPeriod);
        }
        int lag = insample.length > seasonalPeriod ? seasonalPeriod : 1;
        double sum = 0;
        for (int t = lag; t < insample.length; t++) {
            sum += Math.abs(insample[t] - insample[t - lag]);
        }
        return sum / (insample.length - lag);
    }

    /**
     * Overall weighted average: the mean of sMAPE and MASE, each relative to Naive2's.
     */
    public static double owa(double smape, double mase, double naive2Smape, double naive2Mase) {
        return 0.5 * (smape / naive2Smape + mase / naive2Mase);
    }

    /** The share of actual values inside {@code [lower, upper]}. */
    public static double coverage(double[] actual, double[] lower, double[] upper) {
        checkSameLength(actual, lower);
        checkSameLength(actual, upper);
        int inside = 0;
        for (int t = 0; t < actual.length; t++) {
            if (actual[t] >= lower[t] && actual[t] <= upper[t]) {
                inside++;
            }
        }
        return (double) inside / actual.length;
    }

    private static void checkSameLength(double[] actual, double[] other) {
        if (actual == null || other == null) {
            throw new IllegalArgumentException("actual and forecast must not be null");
        }
        if (actual.length == 0 || actual.length != other.length) {
            throw new IllegalArgumentException("actual and forecast must have the same, non-zero length; got "
                    + actual.length + " and " + other.length);
        }
    }
}
