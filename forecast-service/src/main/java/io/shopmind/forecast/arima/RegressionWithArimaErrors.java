package io.shopmind.forecast.arima;

import io.shopmind.forecast.model.FittedModel;
import io.shopmind.forecast.model.Forecast;
import io.shopmind.forecast.model.Forecaster;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Demand regressed on its price and promotion flags with ARIMA errors, chosen as {@code auto.arima(y, xreg = X)}
 * (Hyndman &amp; Athanasopoulos, "Forecasting: Principles and Practice", 3rd ed., section 10.2) from the columns a
 * sales history holds. A regressor that never changes is left out; with none left the model is plain AutoARIMA.
 * The future a forecast assumes is the one a shop plans by default: the last price held and no promotion (a
 * regressor named {@code promo} is 0 ahead, every other one keeps its last value), so a past promotion lifts the
 * history but not the baseline forecast.
 */
public record RegressionWithArimaErrors() implements Forecaster {

    /** The name of the promotion flag, whose future value is 0. */
    public static final String PROMO = "promo";

    /** Without regressors: plain AutoARIMA. */
    @Override
    public FittedModel fit(double[] y, int seasonalPeriod) {
        return new AutoArima().fit(y, seasonalPeriod);
    }

    /** Fitted on {@code past}, the regressors beside each observation of {@code y}. */
    public FittedModel fit(double[] y, int seasonalPeriod, Regressors past) {
        Regressors varying = varying(past);
        if (varying.count() == 0) {
            return fit(y, seasonalPeriod);
        }
        if (varying.length() != y.length) {
            throw new IllegalArgumentException("regressors have " + varying.length() + " observations, the series "
                    + y.length);
        }
        double[] future = new double[varying.count()];
        for (int j = 0; j < future.length; j++) {
            double[] column = varying.column(j);
            future[j] = PROMO.equals(varying.names().get(j)) ? 0 : column[column.length - 1];
        }
        return new Fitted(new AutoArima().regressors(varying).fit(y, seasonalPeriod), future);
    }

    /**
     * The regressors of a sales history: {@code promo} 1 where the period ran a promotion, 0 where it did not or
     * nothing is known, then {@code price} with each missing price carried forward from the last one known (backward
     * from the first at the start); a column with no value at all is left out. The flag comes first so that a price
     * cut only on promotion days is the one left out as explained by it.
     *
     * @param price per period, NaN where unknown
     * @param promo per period 1 or 0, NaN where unknown
     */
    public static Regressors fromHistory(double[] price, double[] promo) {
        List<String> names = new ArrayList<>();
        List<double[]> columns = new ArrayList<>();
        double[] filled = price.clone();
        double last = Double.NaN;
        for (int t = 0; t < filled.length; t++) {
            last = Double.isNaN(filled[t]) ? last : filled[t];
            filled[t] = last;
        }
        double next = Double.NaN;
        for (int t = filled.length - 1; t >= 0; t--) {
            next = Double.isNaN(filled[t]) ? next : filled[t];
            filled[t] = Double.isNaN(filled[t]) ? next : filled[t];
        }
        double[] flags = new double[promo.length];
        boolean any = false;
        for (int t = 0; t < promo.length; t++) {
            flags[t] = Double.isNaN(promo[t]) ? 0 : promo[t];
            any |= !Double.isNaN(promo[t]);
        }
        if (any) {
            names.add(PROMO);
            columns.add(flags);
        }
        if (filled.length > 0 && !Double.isNaN(filled[0])) {
            names.add("price");
            columns.add(filled);
        }
        return new Regressors(names, columns.toArray(new double[0][]));
    }

    /** Whether any regressor changes over the observations, i.e. whether the regression has something to fit. */
    public static boolean anyVarying(Regressors regressors) {
        return varying(regressors).count() > 0;
    }

    /**
     * The regressors that change and that the ones before them (with an intercept) do not already explain: a price
     * cut only on promotion days says what the promotion flag says, and would make the regression singular.
     */
    private static Regressors varying(Regressors regressors) {
        List<String> names = new ArrayList<>();
        List<double[]> columns = new ArrayList<>();
        for (int j = 0; j < regressors.count(); j++) {
            double[] column = regressors.column(j);
            if (!Kpss.isConstant(column) && !explained(column, columns)) {
                names.add(regressors.names().get(j));
                columns.add(column);
            }
        }
        return new Regressors(names, columns.toArray(new double[0][]));
    }

    /** Whether least squares on an intercept and {@code kept} leaves (almost) nothing of {@code column}. */
    private static boolean explained(double[] column, List<double[]> kept) {
        if (kept.isEmpty()) {
            return false;
        }
        double[][] x = new double[kept.size() + 1][];
        x[0] = new double[column.length];
        Arrays.fill(x[0], 1.0);
        for (int k = 0; k < kept.size(); k++) {
            x[k + 1] = kept.get(k);
        }
        double[] beta = Arima.leastSquares(x, column)[0];
        double mean = Arrays.stream(column).average().orElse(0);
        double residual = 0;
        double total = 0;
        for (int t = 0; t < column.length; t++) {
            double fitted = 0;
            for (int k = 0; k < x.length; k++) {
                fitted += beta[k] * x[k][t];
            }
            residual += (column[t] - fitted) * (column[t] - fitted);
            total += (column[t] - mean) * (column[t] - mean);
        }
        return residual <= 1e-8 * total;
    }

    /**
     * @param model  the regression with ARIMA errors
     * @param future each regressor's assumed value over the horizon
     */
    public record Fitted(ArimaModel model, double[] future) implements FittedModel {

        @Override
        public String name() {
            return model.name();
        }

        @Override
        public Forecast forecast(int horizon, double... levels) {
            double[][] columns = new double[future.length][horizon];
            for (int j = 0; j < future.length; j++) {
                Arrays.fill(columns[j], future[j]);
            }
            return model.forecast(horizon, new Regressors(model.regressorNames(), columns), levels);
        }
    }
}
