package io.shopmind.forecast.arima;

import java.util.List;

/**
 * External regressors of a regression with ARIMA errors (R's {@code xreg}), one column per regressor, e.g. the
 * price and a promotion flag beside the demand. The same shape holds their future values when forecasting.
 *
 * @param names   coefficient names, as R takes them from the column names
 * @param columns {@code columns[j][t]}: regressor j at time t
 */
public record Regressors(List<String> names, double[][] columns) {

    /** No regressors. */
    public static final Regressors NONE = new Regressors(List.of(), new double[0][]);

    public Regressors {
        names = List.copyOf(names);
        if (names.size() != columns.length) {
            throw new IllegalArgumentException(names.size() + " names for " + columns.length + " regressors");
        }
        if (names.contains("intercept") || names.contains("drift")) {
            throw new IllegalArgumentException("'intercept' and 'drift' are reserved coefficient names");
        }
        int length = columns.length == 0 ? 0 : columns[0].length;
        double[][] copy = new double[columns.length][];
        for (int j = 0; j < columns.length; j++) {
            if (columns[j].length != length) {
                throw new IllegalArgumentException("regressors of different lengths");
            }
            for (double v : columns[j]) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("regressor '" + names.get(j) + "' has a missing value");
                }
            }
            copy[j] = columns[j].clone();
        }
        columns = copy;
    }

    /** One regressor. */
    public static Regressors of(String name, double[] values) {
        return new Regressors(List.of(name), new double[][] {values});
    }

    public int count() {
        return columns.length;
    }

    /** Observations per regressor (0 when there are none). */
    public int length() {
        return columns.length == 0 ? 0 : columns[0].length;
    }

    double[] column(int j) {
        return columns[j];
    }

    /** The first {@code length} observations of every regressor. */
    public Regressors head(int length) {
        double[][] cut = new double[columns.length][];
        for (int j = 0; j < columns.length; j++) {
            cut[j] = java.util.Arrays.copyOf(columns[j], length);
        }
        return new Regressors(names, cut);
    }
}
