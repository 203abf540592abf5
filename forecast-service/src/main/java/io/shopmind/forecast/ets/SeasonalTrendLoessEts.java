package io.shopmind.forecast.ets;

import io.shopmind.forecast.arima.Stl;
import io.shopmind.forecast.baseline.GaussianIntervals;
import io.shopmind.forecast.model.FittedModel;
import io.shopmind.forecast.model.Forecast;
import io.shopmind.forecast.model.Forecaster;
import io.shopmind.forecast.model.PredictionInterval;
import java.util.ArrayList;
import java.util.List;

/**
 * Exponential smoothing of the seasonally adjusted series, as R forecast 8.20's {@code stlf} (Hyndman &amp;
 * Athanasopoulos, "Forecasting: Principles and Practice", 3rd ed., section 5.7): an STL decomposition (Cleveland et
 * al. 1990; seasonal window 11, {@code mstl}'s first) removes the season, automatic non-seasonal ETS forecasts the
 * rest, and the last season of the seasonal component is added back, repeated. Its intervals are ETS's, shifted by
 * the season. The method for long seasonal periods (24 hours, 52 weeks), where a seasonal ETS model estimates a
 * state per season and R's {@code ets} refuses periods above 24; with fewer than two seasons it is plain ETS.
 */
public record SeasonalTrendLoessEts() implements Forecaster {

    private static final int SEASONAL_WINDOW = 11;

    @Override
    public FittedModel fit(double[] y, int seasonalPeriod) {
        GaussianIntervals.checkSeries(y, seasonalPeriod, 3);
        int m = seasonalPeriod;
        if (m < 2 || y.length < 2 * m + 1) {
            return new Fitted(new Ets("ZZN", null).fit(y, 1), new double[0], y.length);
        }
        double[] seasonal = Stl.decompose(y, m, SEASONAL_WINDOW).seasonal();
        double[] adjusted = new double[y.length];
        for (int t = 0; t < y.length; t++) {
            adjusted[t] = y[t] - seasonal[t];
        }
        double[] lastSeason = java.util.Arrays.copyOfRange(seasonal, y.length - m, y.length);
        return new Fitted(new Ets("ZZN", null).fit(adjusted, 1), lastSeason, y.length);
    }

    /**
     * @param adjustedModel ETS fitted to the seasonally adjusted series
     * @param lastSeason    the seasonal component of the last season, oldest first (empty when not seasonal)
     * @param n             the series' length
     */
    public record Fitted(EtsModel adjustedModel, double[] lastSeason, int n) implements FittedModel {

        @Override
        public String name() {
            return lastSeason.length == 0 ? adjustedModel.name() : "STL + " + adjustedModel.name();
        }

        @Override
        public Forecast forecast(int horizon, double... levels) {
            Forecast adjusted = adjustedModel.forecast(horizon, levels);
            double[] season = new double[horizon];
            for (int h = 0; h < horizon && lastSeason.length > 0; h++) {
                season[h] = lastSeason[h % lastSeason.length];
            }
            double[] mean = shift(adjusted.mean(), season);
            List<PredictionInterval> intervals = new ArrayList<>();
            for (PredictionInterval interval : adjusted.intervals()) {
                intervals.add(new PredictionInterval(interval.level(), shift(interval.lower(), season),
                        shift(interval.upper(), season)));
            }
            return new Forecast(name(), mean, List.copyOf(intervals));
        }

        private static double[] shift(double[] values, double[] season) {
            double[] out = values.clone();
            for (int h = 0; h < out.length; h++) {
                out[h] += season[h];
            }
            return out;
        }
    }
}
