package io.shopmind.forecast.arima;

/**
 * The KPSS test of level stationarity (Kwiatkowski, Phillips, Schmidt and Shin 1992), as {@code urca::ur.kpss}
 * with {@code type = "mu"}, and the number of first differences it asks for, as {@code forecast::ndiffs}.
 */
public final class Kpss {

    /** Critical values of the level-stationarity statistic at 10, 5, 2.5 and 1 %, from urca. */
    private static final double[] CRITICAL = {0.347, 0.463, 0.574, 0.739};
    private static final double[] LEVELS = {0.10, 0.05, 0.025, 0.01};

    private Kpss() {
    }

    /** The test statistic with the Bartlett-weighted long-run variance over {@code lags} lags. */
    public static double statistic(double[] y, int lags) {
        int n = y.length;
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= n;
        double[] res = new double[n];
        double cum = 0;
        double sumS2 = 0;
        double sumRes2 = 0;
        for (int i = 0; i < n; i++) {
            res[i] = y[i] - mean;
            cum += res[i];
            sumS2 += cum * cum;
            sumRes2 += res[i] * res[i];
        }
        double numerator = sumS2 / ((double) n * n);
        double denominator = sumRes2 / n;
        for (int k = 1; k <= lags; k++) {
            double cov = 0;
            for (int i = k; i < n; i++) {
                cov += res[i] * res[i - k];
            }
            denominator += 2.0 / n * (1.0 - k / (lags + 1.0)) * cov;
        }
        return numerator / denominator;
    }

    /** The lag truncation ndiffs uses: {@code trunc(3 * sqrt(n) / 13)}. */
    public static int defaultLags(int n) {
        return (int) (3 * Math.sqrt(n) / 13);
    }

    /** The p-value interpolated in urca's table, clamped to [0.01, 0.1] (R's {@code approx(rule = 2)}). */
    public static double pValue(double statistic) {
        if (statistic <= CRITICAL[0]) {
            return LEVELS[0];
        }
        if (statistic >= CRITICAL[CRITICAL.length - 1]) {
            return LEVELS[LEVELS.length - 1];
        }
        int i = 0;
        while (statistic > CRITICAL[i + 1]) {
            i++;
        }
        double w = (statistic - CRITICAL[i]) / (CRITICAL[i + 1] - CRITICAL[i]);
        return LEVELS[i] + w * (LEVELS[i + 1] - LEVELS[i]);
    }

    /** Number of first differences for stationarity at level {@code alpha}, at most {@code maxD}: ndiffs. */
    public static int ndiffs(double[] x, double alpha, int maxD) {
        int d = 0;
        if (isConstant(x)) {
            return d;
        }
        boolean dodiff = pValue(statistic(x, defaultLags(x.length))) < alpha;
        while (dodiff && d < maxD) {
            d++;
            x = Arima.lagDiff(x, 1);
            if (isConstant(x)) {
                return d;
            }
            dodiff = pValue(statistic(x, defaultLags(x.length))) < alpha;
        }
        return d;
    }

    /**
     * R's {@code forecast:::is.constant}: {@code all.equal(x, rep(x[1], n))}, which compares only the elements
     * that differ, with relative tolerance 1.5e-8.
     */
    static boolean isConstant(double[] x) {
        double diff = 0;
        double scale = 0;
        int count = 0;
        for (double v : x) {
            if (v != x[0]) {
                diff += Math.abs(v - x[0]);
                scale += Math.abs(v);
                count++;
            }
        }
        if (count == 0) {
            return true;
        }
        diff /= count;
        scale /= count;
        if (Double.isFinite(scale) && scale > 1.5e-8) {
            diff /= scale;
        }
        return diff <= 1.5e-8;
    }
}
