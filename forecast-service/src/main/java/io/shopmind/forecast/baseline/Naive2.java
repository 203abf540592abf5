package io.shopmind.forecast.baseline;

import io.shopmind.forecast.model.FittedModel;
import io.shopmind.forecast.model.Forecast;
import io.shopmind.forecast.model.Forecaster;
import io.shopmind.forecast.model.PredictionInterval;

/**
 * Naive2, the M4 competition's seasonally adjusted naive benchmark: when {@link SeasonalityTest}
 * finds seasonality, the series is divided by the seasonal indices of a classical multiplicative
 * decomposition, forecast by the naive method, and the forecasts multiplied back by the indices
 * (M4 Competitor's Guide, 2018, benchmark "Naïve 2"). Intervals are the naive ones rescaled.
 */
public record Naive2() implements Forecaster {

    @Override
    public FittedModel fit(double[] y, int seasonalPeriod) {
        GaussianIntervals.checkSeries(y, seasonalPeriod, 1);
        ClassicalDecomposition decomposition = null;
        double[] adjusted = y;
        if (SeasonalityTest.isSeasonal(y, seasonalPeriod)) {
            decomposition = ClassicalDecomposition.of(y, seasonalPeriod, true);
            adjusted = decomposition.adjust(y);
        }
        return new Fitted(LagWalk.fit("Naive2", adjusted, 1), decomposition, y.length);
    }

    /**
     * @param naive         the naive method on the seasonally adjusted series
     * @param decomposition the decomposition used, or null when the series is not seasonal
     */
    public record Fitted(LagWalk naive, ClassicalDecomposition decomposition, int n) implements FittedModel {

        @Override
        public String name() {
            return "Naive2";
        }

        public boolean seasonal() {
            return decomposition != null;
        }

        @Override
        public Forecast forecast(int horizon, double... levels) {
            Forecast adjusted = naive.forecast(horizon, levels);
            if (decomposition == null) {
                return adjusted;
            }
            double[] mean = adjusted.mean().clone();
            double[] index = new double[horizon];
            for (int h = 0; h < horizon; h++) {
                index[h] = decomposition.futureIndex(n, h + 1);
                mean[h] *= index[h];
            }
            var intervals = adjusted.intervals().stream().map(interval -> {
                double[] lower = interval.lower().clone();
                double[] upper = interval.upper().clone();
                for (int h = 0; h < horizon; h++) {
                    double a = lower[h] * index[h];
                    double b = upper[h] * index[h];
                    lower[h] = Math.min(a, b);
                    upper[h] = Math.max(a, b);
                }
                return new PredictionInterval(interval.level(), lower, upper);
            }).toList();
            return new Forecast(name(), mean, intervals);
        }
    }
}
