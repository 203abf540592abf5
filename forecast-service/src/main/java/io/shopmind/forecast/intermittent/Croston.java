package io.shopmind.forecast.intermittent;

import io.shopmind.forecast.model.Forecaster;
import java.util.Arrays;

/**
 * Croston's method (Croston 1972, "Forecasting and stock control for intermittent demands",
 * Operational Research Quarterly 23(3)): simple exponential smoothing, started at the first value, of
 * the non-zero demand sizes z and of the intervals p between them; the demand rate is
 * {@code coefficient * z / p}. As R forecast's {@code croston} (default alpha 0.1).
 *
 * @param alpha the smoothing parameter of both sizes and intervals
 */
public record Croston(double alpha) implements Forecaster {

    public Croston {
        IntermittentModel.checkSmoothing("alpha", alpha);
    }

    public Croston() {
        this(0.1);
    }

    @Override
    public IntermittentModel fit(double[] y, int seasonalPeriod) {
        return fit("Croston", y, seasonalPeriod, alpha, 1.0);
    }

    static IntermittentModel fit(String name, double[] y, int seasonalPeriod, double alpha, double coefficient) {
        IntermittentModel.checkDemand(y);
        if (seasonalPeriod < 1) {
            throw new IllegalArgumentException("seasonalPeriod must be at least 1, got " + seasonalPeriod);
        }
        int n = y.length;
        double[] fitted = new double[n];
        Arrays.fill(fitted, Double.NaN);
        double size = Double.NaN;
        double interval = Double.NaN;
        int last = -1;
        double rate = 0;
        for (int t = 0; t < n; t++) {
            if (t > 0) {
                fitted[t] = last < 0 ? 0 : rate;
            }
            if (y[t] != 0) {
                int gap = t - last;
                if (last < 0) {
                    size = y[t];
                    interval = gap;
                } else {
                    size += alpha * (y[t] - size);
                    interval += alpha * (gap - interval);
                }
                last = t;
                rate = coefficient * size / interval;
            }
        }
        return IntermittentModel.of(name, rate, y, fitted);
    }
}
