package io.shopmind.forecast.ets;

import io.shopmind.forecast.baseline.ClassicalDecomposition;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;

/**
 * Heuristic starting values for the initial states (Hyndman et al. 2008, section 5.2; R forecast
 * 8.20 {@code initstate}): seasonal indices from a classical decomposition (or a trend plus one
 * Fourier pair when fewer than three periods are available), then level and trend from a linear
 * regression on the first {@code max(10, 2m)} seasonally adjusted observations.
 *
 * <p>Returns {@code [l0, b0?, s0..s_{m-2}]}: the last seasonal state is implied by normalisation.
 */
final class EtsInitialState {

    private EtsInitialState() {
    }

    static double[] of(double[] y, int m, EtsSpec spec) {
        int n = y.length;
        double[] initSeason = new double[0];
        double[] adjusted = y;
        if (spec.hasSeason()) {
            boolean multiplicative = spec.season() == EtsComponent.MULTIPLICATIVE;
            if (n < 4) {
                throw new IllegalArgumentException("y must hold at least 4 observations for a seasonal model");
            }
            double[] seasonal;
            if (n < 3 * m) {
                seasonal = fourierDetrended(y, m, multiplicative);
            } else {
                seasonal = ClassicalDecomposition.of(y, m, multiplicative).seasonal();
            }
            initSeason = new double[m - 1];
            for (int j = 0; j < m - 1; j++) {
                initSeason[j] = seasonal[m - 1 - j];
            }
            adjusted = new double[n];
            if (!multiplicative) {
                for (int t = 0; t < n; t++) {
                    adjusted[t] = y[t] - seasonal[t];
                }
            } else {
                double sum = 0;
                for (int j = 0; j < m - 1; j++) {
                    initSeason[j] = Math.max(initSeason[j], 1e-2);
                    sum += initSeason[j];
                }
                if (sum > m) {
                    double denominator = sum + (m - 1) * 1e-2;
                    for (int j = 0; j < m - 1; j++) {
                        initSeason[j] /= denominator;
                    }
                }
                for (int t = 0; t < n; t++) {
                    adjusted[t] = y[t] / Math.max(seasonal[t], 1e-2);
                }
            }
        }
        int period = spec.hasSeason() ? m : 1;
        int maxn = Math.min(Math.max(10, 2 * period), adjusted.length);
        double l0;
        double b0 = 0;
        if (!spec.hasTrend()) {
            double sum = 0;
            for (int t = 0; t < maxn; t++) {
                sum += adjusted[t];
            }
            l0 = sum / maxn;
        } else {
            double xbar = (maxn + 1) / 2.0;
            double ybar = 0;
            for (int t = 0; t < maxn; t++) {
                ybar += adjusted[t];
            }
            ybar /= maxn;
            double sxy = 0;
            double sxx = 0;
            for (int t = 0; t < maxn; t++) {
                double dx = t + 1 - xbar;
                sxy += dx * (adjusted[t] - ybar);
                sxx += dx * dx;
            }
            b0 = sxy / sxx;
            l0 = ybar - b0 * xbar;
            if (Math.abs(l0 + b0) < 1e-8) {
                l0 *= 1 + 1e-3;
                b0 *= 1 - 1e-3;
            }
        }
        double[] state = new double[1 + (spec.hasTrend() ? 1 : 0) + initSeason.length];
        state[0] = l0;
        int k = 1;
        if (spec.hasTrend()) {
            state[k++] = b0;
        }
        System.arraycopy(initSeason, 0, state, k, initSeason.length);
        return state;
    }

    /** {@code y} minus (or divided by) the trend of a regression on a linear trend and one Fourier pair. */
    private static double[] fourierDetrended(double[] y, int m, boolean multiplicative) {
        int n = y.length;
        boolean withSine = m != 2;
        int columns = withSine ? 4 : 3;
        double[][] x = new double[n][columns];
        for (int t = 0; t < n; t++) {
            double angle = 2 * Math.PI * (t + 1) / m;
            int c = 0;
            x[t][c++] = 1;
            x[t][c++] = t + 1;
            if (withSine) {
                x[t][c++] = Math.sin(angle);
            }
            x[t][c] = Math.cos(angle);
        }
        double[] coef = new QRDecomposition(new Array2DRowRealMatrix(x, false)).getSolver()
                .solve(new ArrayRealVector(y, false)).toArray();
        double[] out = new double[n];
        for (int t = 0; t < n; t++) {
            double trend = coef[0] + coef[1] * (t + 1);
            out[t] = multiplicative ? y[t] / trend : y[t] - trend;
        }
        return out;
    }
}
