package io.shopmind.forecast.arima;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopmind.forecast.model.Forecast;
import io.shopmind.forecast.model.PredictionInterval;
import java.util.Random;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Invariants of ARIMA prediction intervals on simulated ARIMA series. */
class ArimaIntervalPropertyTest {

    @Property(tries = 60)
    void intervalsContainTheForecastAndNest(@ForAll long seed,
                                            @ForAll @DoubleRange(min = -0.8, max = 0.8) double phi,
                                            @ForAll @DoubleRange(min = -0.8, max = 0.8) double theta,
                                            @ForAll @IntRange(min = 0, max = 1) int d,
                                            @ForAll @IntRange(min = 0, max = 1) int p,
                                            @ForAll @IntRange(min = 0, max = 1) int q) {
        double[] y = simulate(seed, 80, phi, theta, d);
        ArimaModel fit;
        try {
            fit = Arima.of(ArimaOrder.of(p, d, q)).fit(y, 1);
        } catch (Arima.FitException e) {
            Assume.that(false);
            return;
        }
        Forecast forecast = fit.forecast(10, 80, 95);
        PredictionInterval pi80 = forecast.interval(80);
        PredictionInterval pi95 = forecast.interval(95);
        for (int h = 0; h < forecast.horizon(); h++) {
            double mean = forecast.mean()[h];
            assertThat(pi80.lower()[h]).isLessThanOrEqualTo(mean);
            assertThat(pi80.upper()[h]).isGreaterThanOrEqualTo(mean);
            assertThat(pi95.lower()[h]).isLessThanOrEqualTo(pi80.lower()[h]);
            assertThat(pi95.upper()[h]).isGreaterThanOrEqualTo(pi80.upper()[h]);
        }
    }

    /** An ARMA(1,1) with mean 10, integrated d times. */
    private static double[] simulate(long seed, int n, double phi, double theta, int d) {
        Random random = new Random(seed);
        double[] y = new double[n];
        double previous = 0;
        double previousShock = 0;
        for (int t = 0; t < n; t++) {
            double shock = random.nextGaussian();
            double value = phi * previous + shock + theta * previousShock;
            previous = value;
            previousShock = shock;
            y[t] = value;
        }
        for (int i = 0; i < d; i++) {
            for (int t = 1; t < n; t++) {
                y[t] += y[t - 1];
            }
        }
        for (int t = 0; t < n; t++) {
            y[t] += 10;
        }
        return y;
    }
}
