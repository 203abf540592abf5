package io.shopmind.forecast.baseline;

import java.util.Arrays;

/**
 * Classical decomposition by moving averages, as R's {@code stats::decompose}: a centred moving
 * average of order m (2×m for even m) as the trend, seasonal indices averaged per position in the
 * cycle counted from the first observation and normalised to mean 1 (multiplicative) or 0
 * (additive). Hyndman & Athanasopoulos, "Forecasting: Principles and Practice", 3rd ed., section 3.4.
 *
 * @param trend    the centred moving average, NaN where the window leaves the series
 * @param seasonal the seasonal component per observation
 * @param figure   the m seasonal indices; {@code seasonal[t] = figure[t % m]}
 */
public record ClassicalDecomposition(double[] trend, double[] seasonal, double[] figure, boolean multiplicative) {

    /** Decomposes {@code y} with period {@code m}; needs at least two full periods. */
    public static ClassicalDecomposition of(double[] y, int m, boolean multiplicative) {
        if (m < 2) {
            throw new IllegalArgumentException("m must be at least 2, got " + m);
        }
        if (y == null || y.length < 2 * m) {
            throw new IllegalArgumentException("y must cover at least two periods of " + m);
        }
        int n = y.length;
        double[] filter;
        if (m % 2 == 0) {
            filter = new double[m + 1];
            Arrays.fill(filter, 1.0 / m);
            filter[0] = 0.5 / m;
            filter[m] = 0.5 / m;
        } else {
            filter = new double[m];
            Arrays.fill(filter, 1.0 / m);
        }
        int half = filter.length / 2;
        double[] trend = new double[n];
        Arrays.fill(trend, Double.NaN);
        for (int t = half; t < n - half; t++) {
            double sum = 0;
            for (int j = 0; j < filter.length; j++) {
                sum += filter[j] * y[t - half + j];
            }
            trend[t] = sum;
        }
        double[] figure = new double[m];
        for (int i = 0; i < m; i++) {
            double sum = 0;
            int count = 0;
            for (int t = i; t < n; t += m) {
                if (!Double.isNaN(trend[t])) {
                    sum += multiplicative ? y[t] / trend[t] : y[t] - trend[t];
                    count++;
                }
            }
            figure[i] = sum / count;
        }
        double average = 0;
        for (double f : figure) {
            average += f / m;
        }
        for (int i = 0; i < m; i++) {
            figure[i] = multiplicative ? figure[i] / average : figure[i] - average;
        }
        double[] seasonal = new double[n];
        for (int t = 0; t < n; t++) {
            seasonal[t] = figure[t % m];
        }
        return new ClassicalDecomposition(trend, seasonal, figure, multiplicative);
    }

    /** The seasonal index {@code h} steps after the end of a series of length {@code n} (h from 1). */
    public double futureIndex(int n, int h) {
        return figure[(n + h - 1) % figure.length];
    }

    /** The series with the seasonal component removed. */
    public double[] adjust(double[] y) {
        double[] adjusted = new double[y.length];
        for (int t = 0; t < y.length; t++) {
            adjusted[t] = multiplicative ? y[t] / seasonal[t] : y[t] - seasonal[t];
        }
        return adjusted;
    }
}
