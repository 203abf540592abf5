package io.shopmind.forecast.theta;

import io.shopmind.forecast.baseline.ClassicalDecomposition;
import io.shopmind.forecast.baseline.GaussianIntervals;
import io.shopmind.forecast.baseline.SeasonalityTest;
import io.shopmind.forecast.ets.EtsModel;
import io.shopmind.forecast.ets.SimpleExponentialSmoothing;
import io.shopmind.forecast.model.FittedModel;
import io.shopmind.forecast.model.Forecast;
import io.shopmind.forecast.model.Forecaster;

/**
 * The standard Theta method (Assimakopoulos &amp; Nikolopoulos 2000, "The theta model: a decomposition
 * approach to forecasting", IJF 16) as shown by Hyndman &amp; Billah (2003, "Unmasking the Theta
 * method", IJF 19) to equal simple exponential smoothing with drift {@code b/2}, b the slope of a
 * linear trend fitted to the data. Seasonal series (90 % autocorrelation test at lag m) are adjusted
 * by a classical multiplicative decomposition first and reseasonalised after, as R forecast 8.20
 * {@code thetaf}; its intervals {@code ± z sigma sqrt(1 + (h-1) alpha^2)} are kept on the adjusted scale.
 */
public record Theta() implements Forecaster {

    private static final double Z_95 = 1.6448536269514722;

    @Override
    public FittedModel fit(double[] y, int seasonalPeriod) {
        GaussianIntervals.checkSeries(y, seasonalPeriod, 3);
        int n = y.length;
        ClassicalDecomposition decomposition = seasonalAdjustment(y, seasonalPeriod);
        double[] x = decomposition == null ? y : decomposition.adjust(y);
        EtsModel ses = new SimpleExponentialSmoothing().fit(x, 1);
        double xbar = (n - 1) / 2.0;
        double ybar = 0;
        for (double v : x) {
            ybar += v;
        }
        ybar /= n;
        double sxy = 0;
        double sxx = 0;
        for (int t = 0; t < n; t++) {
            sxy += (t - xbar) * (x[t] - ybar);
            sxx += (t - xbar) * (t - xbar);
        }
        double drift = sxy / sxx / 2;
        return new Fitted(ses.lastState()[0], ses.alpha(), drift, ses.sigma2(), n, decomposition);
    }

    /**
     * {@code thetaf}'s seasonal adjustment: a classical multiplicative decomposition when the series is seasonal
     * and no seasonal index is zero, else null.
     */
    static ClassicalDecomposition seasonalAdjustment(double[] y, int m) {
        if (!isSeasonal(y, m)) {
            return null;
        }
        ClassicalDecomposition d = ClassicalDecomposition.of(y, m, true);
        for (double s : d.figure()) {
            if (Math.abs(s) < 1e-10 || !Double.isFinite(s)) {
                return null;
            }
        }
        return d;
    }

    /** The seasonality test of {@code thetaf}: autocorrelation at lag m beyond its 90 % one-sided limit. */
    static boolean isSeasonal(double[] y, int m) {
        int n = y.length;
        if (m <= 1 || n <= 2 * m) {
            return false;
        }
        boolean constant = true;
        for (double v : y) {
            constant &= v == y[0];
        }
        if (constant) {
            return false;
        }
        double[] r = SeasonalityTest.autocorrelations(y, m);
        double sum = 1;
        for (int k = 1; k < m; k++) {
            sum += 2 * r[k] * r[k];
        }
        return Math.abs(r[m]) / Math.sqrt(sum / n) > Z_95;
    }

    /**
     * @param level         the final SES level on the (adjusted) series
     * @param alpha         the SES smoothing parameter
     * @param drift         half the slope of the linear trend
     * @param sigma2        the SES residual variance
     * @param decomposition the seasonal decomposition, or null when not seasonal
     */
    public record Fitted(double level, double alpha, double drift, double sigma2, int n,
                         ClassicalDecomposition decomposition) implements FittedModel {

        @Override
        public String name() {
            return "Theta";
        }

        @Override
        public Forecast forecast(int horizon, double... levels) {
            GaussianIntervals.checkForecastArguments(horizon, levels);
            double a = Math.max(alpha, 1e-10);
            double[] mean = new double[horizon];
            double[] se = new double[horizon];
            for (int h = 0; h < horizon; h++) {
                mean[h] = level + drift * (h + (1 - Math.pow(1 - a, n)) / a);
                if (decomposition != null) {
                    mean[h] *= decomposition.futureIndex(n, h + 1);
                }
                se[h] = Math.sqrt(sigma2) * Math.sqrt(h * a * a + 1);
            }
            return new Forecast(name(), mean, GaussianIntervals.of(mean, se, levels));
        }
    }
}
