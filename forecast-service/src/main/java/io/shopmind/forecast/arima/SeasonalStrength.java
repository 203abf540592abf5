package io.shopmind.forecast.arima;

/**
 * Strength of seasonality, 1 - Var(remainder) / Var(remainder + seasonal) of an STL decomposition (Wang, Smith
 * and Hyndman 2006), and the number of seasonal differences it asks for: {@code forecast::nsdiffs} with its
 * default {@code test = "seas"} (difference when the strength exceeds 0.64), using {@code mstl}'s STL window 11.
 */
public final class SeasonalStrength {

    /** Threshold chosen in the forecast package from M3 and M4 accuracy. */
    public static final double THRESHOLD = 0.64;
    private static final int SEASONAL_WINDOW = 11;

    private SeasonalStrength() {
    }

    /** The seasonal strength in [0, 1] of {@code x} with period {@code m}. */
    public static double of(double[] x, int m) {
        if (x.length <= 2 * m) {
            throw new IllegalArgumentException("series is not periodic or has less than two periods");
        }
        Stl.Decomposition stl = Stl.decompose(x, m, SEASONAL_WINDOW);
        int n = x.length;
        double[] remainder = new double[n];
        double[] deseasonalisedDetrended = new double[n];
        for (int i = 0; i < n; i++) {
            remainder[i] = x[i] - stl.seasonal()[i] - stl.trend()[i];
            deseasonalisedDetrended[i] = remainder[i] + stl.seasonal()[i];
        }
        return Math.max(0, Math.min(1, 1 - variance(remainder) / variance(deseasonalisedDetrended)));
    }

    /** Seasonal differences needed, at most {@code maxD}: nsdiffs(x, test = "seas"). */
    public static int nsdiffs(double[] x, int m, int maxD) {
        int seasonalD = 0;
        if (Kpss.isConstant(x) || m >= x.length) {
            return 0;
        }
        boolean dodiff = test(x, m);
        while (dodiff && seasonalD < maxD) {
            seasonalD++;
            x = Arima.lagDiff(x, m);
            if (Kpss.isConstant(x)) {
                return seasonalD;
            }
            dodiff = x.length >= 2 * m && seasonalD < maxD && test(x, m);
        }
        return seasonalD;
    }

    private static boolean test(double[] x, int m) {
        try {
            return of(x, m) > THRESHOLD;
        } catch (IllegalArgumentException e) {
            // nsdiffs treats a failing test as "no difference"
            return false;
        }
    }

    private static double variance(double[] v) {
        double mean = 0;
        for (double x : v) {
            mean += x;
        }
        mean /= v.length;
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        return ss / (v.length - 1);
    }
}
