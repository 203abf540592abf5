package io.shopmind.forecast.theta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.shopmind.forecast.RDatasets;
import io.shopmind.forecast.ets.EtsModel;
import io.shopmind.forecast.ets.SimpleExponentialSmoothing;
import io.shopmind.forecast.model.Forecast;
import org.junit.jupiter.api.Test;

class ThetaTest {

    @Test
    void nonSeasonalThetaIsSesWithHalfTheTrendSlopeAsDrift() {
        double[] nile = RDatasets.load("Nile");
        EtsModel ses = new SimpleExponentialSmoothing().fit(nile, 1);
        Forecast theta = new Theta().fit(nile, 1).forecast(10, 95);
        Forecast plain = ses.forecast(10, 95);
        // slope of lm(Nile ~ time) is -2.7143 per year
        double slope = -2.714284;
        double alpha = ses.alpha();
        for (int h = 0; h < 10; h++) {
            double drift = slope / 2 * (h + (1 - Math.pow(1 - alpha, 100)) / alpha);
            assertThat(theta.mean()[h]).isCloseTo(plain.mean()[h] + drift, within(1e-3));
        }
        assertThat(theta.interval(95).upper()[0] - theta.mean()[0])
                .isCloseTo(plain.interval(95).upper()[0] - plain.mean()[0], within(1e-9));
    }

    @Test
    void seasonalSeriesAreAdjustedThenReseasonalised() {
        double[] air = RDatasets.load("AirPassengers");
        Theta.Fitted fit = (Theta.Fitted) new Theta().fit(air, 12);
        assertThat(fit.decomposition()).isNotNull();
        Forecast f = fit.forecast(24, 80);
        double[] figure = fit.decomposition().figure();
        // July (index 6) above November (index 10) in both years
        assertThat(f.mean()[6]).isGreaterThan(f.mean()[10]);
        assertThat(f.mean()[18] / f.mean()[6]).isGreaterThan(1.0);
        assertThat(figure[6]).isGreaterThan(figure[10]);
        assertThat(Theta.isSeasonal(RDatasets.load("Nile"), 1)).isFalse();
    }
}
