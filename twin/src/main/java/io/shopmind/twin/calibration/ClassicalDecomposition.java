package io.shopmind.twin.calibration;

import org.apache.commons.math3.stat.StatUtils;

/**
 * Additive classical decomposition, as R's {@code stats::decompose}: the trend is a centred moving average of
 * order m (2×m for even m), the seasonal figure the mean detrended value at each position of the cycle, centred
 * to sum to zero, and the remainder what is left (Hyndman and Athanasopoulos, Forecasting: Principles and
 * Practice, 2nd ed., §6.3). The trend and remainder are NaN where the moving average is not defined (the first and
 * last m/2 points). Chosen over STL here because it is exact to reproduce and the twin only needs strengths.
 */
public record ClassicalDecomposition(double[] trend, double[] figure, double[] seasonal, double[] remainder) {

    public static ClassicalDecomposition of(double[] x, int m) {
        int n = x.length;
        if (m < 2 || n < 2 * m) {
            throw new IllegalArgumentException("a decomposition needs a period of at least 2 and two full periods");
        }
        double[] weights = new double[m % 2 == 0 ? m + 1 : m];
        java.util.Arrays.fill(weights, 1.0 / m);
        if (m % 2 == 0) {
            weights[0] = weights[m] = 0.5 / m;
        }
        int half = weights.length / 2;
        double[] trend = new double[n];
        for (int t = 0; t < n; t++) {
            if (t < half || t >= n - half) {
                trend[t] = Double.NaN;
                continue;
            }
            double s = 0;
            for (int k = 0; k < weights.length; k++) {
                s += weights[k] * x[t - half + k];
            }
            trend[t] = s;
        }
        double[] figure = new double[m];
        int[] counts = new int[m];
        for (int t = 0; t < n; t++) {
            if (!Double.isNaN(trend[t])) {
                figure[t % m] += x[t] - trend[t];
                counts[t % m]++;
            }
        }
        double mean = 0;
        for (int i = 0; i < m; i++) {
            figure[i] /= counts[i];
            mean += figure[i] / m;
        }
        double[] seasonal = new double[n];
        double[] remainder = new double[n];
        for (int i = 0; i < m; i++) {
            figure[i] -= mean;
        }
        for (int t = 0; t < n; t++) {
            seasonal[t] = figure[t % m];
            remainder[t] = x[t] - trend[t] - seasonal[t];
        }
        return new ClassicalDecomposition(trend, figure, seasonal, remainder);
    }

    /** max(0, 1 − Var(R) / Var(T + R)) (Wang, Smith and Hyndman 2006; FPP3 §4.3). */
    public double trendStrength() {
        return strength(trend);
    }

    /** max(0, 1 − Var(R) / Var(S + R)). */
    public double seasonalStrength() {
        return strength(seasonal);
    }

    private double strength(double[] component) {
        int n = 0;
        for (double r : remainder) {
            if (!Double.isNaN(r)) {
                n++;
            }
        }
        double[] r = new double[n];
        double[] cr = new double[n];
        int i = 0;
        for (int t = 0; t < remainder.length; t++) {
            if (!Double.isNaN(remainder[t])) {
                r[i] = remainder[t];
                cr[i++] = remainder[t] + component[t];
            }
        }
        double total = StatUtils.variance(cr);
        return total == 0 ? 0 : Math.max(0, 1 - StatUtils.variance(r) / total);
    }
}
