package io.shopmind.forecast.intermittent;

import io.shopmind.forecast.model.Forecaster;
import java.util.Arrays;

/**
 * The TSB method (Teunter, Syntetos &amp; Babai 2011, "Intermittent demand: linking forecasting to
 * inventory obsolescence", EJOR 214): the probability of demand d is smoothed every period
 * ({@code d += beta (1{y>0} - d)}), the demand size z only when demand occurs
 * ({@code z += alpha (y - z)}); the rate is {@code d * z}. Started as the tsintermittent package's
 * "mean" initialisation: z at the mean non-zero demand, d at one over the mean interval.
 *
 * @param alpha smoothing parameter of the demand size
 * @param beta  smoothing parameter of the demand probability
 */
public record TeunterSyntetosBabai(double alpha, double beta) implements Forecaster {

    public TeunterSyntetosBabai {
        IntermittentModel.checkSmoothing("alpha", alpha);
        IntermittentModel.checkSmoothing("beta", beta);
    }

    public TeunterSyntetosBabai() {
        this(0.1, 0.1);
    }

    @Override
    public IntermittentModel fit(double[] y, int seasonalPeriod) {
        IntermittentModel.checkDemand(y);
        if (seasonalPeriod < 1) {
            throw new IllegalArgumentException("seasonalPeriod must be at least 1, got " + seasonalPeriod);
        }
        int n = y.length;
        double sizeSum = 0;
        int occurrences = 0;
        int last = -1;
        double intervalSum = 0;
        for (int t = 0; t < n; t++) {
            if (y[t] != 0) {
                sizeSum += y[t];
                intervalSum += t - last;
                last = t;
                occurrences++;
            }
        }
        double[] fitted = new double[n];
        Arrays.fill(fitted, Double.NaN);
        if (occurrences == 0) {
            Arrays.fill(fitted, 0);
            return IntermittentModel.of("TSB", 0, y, fitted);
        }
        double size = sizeSum / occurrences;
        double probability = occurrences / intervalSum;
        for (int t = 0; t < n; t++) {
            fitted[t] = probability * size;
            if (y[t] != 0) {
                probability += beta * (1 - probability);
                size += alpha * (y[t] - size);
            } else {
                probability -= beta * probability;
            }
        }
        return IntermittentModel.of("TSB", probability * size, y, fitted);
    }
}
