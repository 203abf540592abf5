package io.shopmind.forecast.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopmind.forecast.baseline.Mean;
import io.shopmind.forecast.baseline.Naive;
import io.shopmind.forecast.baseline.Naive2;
import io.shopmind.forecast.baseline.SeasonalNaive;
import io.shopmind.forecast.ets.DampedHolt;
import io.shopmind.forecast.ets.Ets;
import io.shopmind.forecast.ets.Holt;
import io.shopmind.forecast.ets.HoltWinters;
import io.shopmind.forecast.ets.SimpleExponentialSmoothing;
import io.shopmind.forecast.intermittent.Croston;
import io.shopmind.forecast.intermittent.SyntetosBoylanApproximation;
import io.shopmind.forecast.intermittent.TeunterSyntetosBabai;
import io.shopmind.forecast.model.Forecast;
import io.shopmind.forecast.model.Forecaster;
import io.shopmind.forecast.model.PredictionInterval;
import io.shopmind.forecast.theta.Theta;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class IntervalPropertiesTest {

    private static final int PERIOD = 4;

    @Provide
    Arbitrary<Forecaster> forecasters() {
        return Arbitraries.of(List.of(new Naive(), new SeasonalNaive(), new Naive2(), new Mean(),
                new SimpleExponentialSmoothing(), new Holt(), new DampedHolt(), HoltWinters.additiveSeasonal(),
                HoltWinters.multiplicativeSeasonal(), new Ets("MNM", false), Ets.auto(), new Theta(), new Croston(),
                new SyntetosBoylanApproximation(), new TeunterSyntetosBabai()));
    }

    @Property(tries = 60)
    void everyIntervalContainsItsPointForecastAndWiderLevelsContainNarrower(
            @ForAll("forecasters") Forecaster forecaster, @ForAll long seed, @ForAll @IntRange(min = 24, max = 48) int n) {
        double[] y = positiveSeasonalSeries(new Random(seed), n);
        Forecast f = forecaster.fit(y, PERIOD).forecast(8, 80, 95);
        PredictionInterval i80 = f.interval(80);
        PredictionInterval i95 = f.interval(95);
        for (int h = 0; h < 8; h++) {
            double mean = f.mean()[h];
            assertThat(mean).isFinite();
            assertThat(i80.lower()[h]).isLessThanOrEqualTo(mean);
            assertThat(i80.upper()[h]).isGreaterThanOrEqualTo(mean);
            assertThat(i95.lower()[h]).isLessThanOrEqualTo(i80.lower()[h]);
            assertThat(i95.upper()[h]).isGreaterThanOrEqualTo(i80.upper()[h]);
        }
    }

    static double[] positiveSeasonalSeries(Random random, int n) {
        double level = 50 + 100 * random.nextDouble();
        double slope = random.nextGaussian();
        double amplitude = 20 * random.nextDouble();
        double noise = 1 + 10 * random.nextDouble();
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = Math.max(1, level + slope * t + amplitude * Math.sin(2 * Math.PI * t / PERIOD) + noise * random.nextGaussian());
        }
        return y;
    }
}
