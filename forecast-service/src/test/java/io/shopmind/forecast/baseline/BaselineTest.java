package io.shopmind.forecast.baseline;

import io.shopmind.forecast.RDatasets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.shopmind.forecast.model.Forecast;
import org.junit.jupiter.api.Test;

class BaselineTest {

    private final double[] deaths = RDatasets.load("USAccDeaths");
    private final double[] nile = RDatasets.load("Nile");

    @Test
    void naiveRepeatsTheLastObservationWithRandomWalkIntervals() {
        Forecast f = new Naive().fit(deaths, 12).forecast(3, 80, 95);
        assertThat(f.mean()).containsExactly(9240, 9240, 9240);
        double sum = 0;
        for (int t = 1; t < deaths.length; t++) {
            sum += Math.pow(deaths[t] - deaths[t - 1], 2);
        }
        double sigma = Math.sqrt(sum / (deaths.length - 1));
        assertThat(f.interval(95).upper()[2]).isCloseTo(9240 + 1.959964 * sigma * Math.sqrt(3), within(1e-3));
        assertThat(f.interval(80).lower()[0]).isCloseTo(9240 - 1.281552 * sigma, within(1e-3));
    }

    @Test
    void seasonalNaiveRepeatsTheLastYear() {
        Forecast f = new SeasonalNaive().fit(deaths, 12).forecast(24, 95);
        for (int h = 0; h < 24; h++) {
            assertThat(f.mean()[h]).isEqualTo(deaths[60 + h % 12]);
        }
        double width1 = f.interval(95).upper()[0] - f.mean()[0];
        double width2 = f.interval(95).upper()[12] - f.mean()[12];
        assertThat(width2 / width1).isCloseTo(Math.sqrt(2), within(1e-12));
    }

    @Test
    void meanForecastMatchesMeanf() {
        // meanf(Nile): mean 919.35, sd 169.2275 (R 4.2)
        Forecast f = new Mean().fit(nile, 1).forecast(2, 80, 95);
        assertThat(f.mean()[0]).isCloseTo(919.35, within(1e-9));
        double sd = ((Mean.Fitted) new Mean().fit(nile, 1)).sd();
        assertThat(sd).isCloseTo(169.2275, within(1e-4));
        // qt(0.975, 99) = 1.984217
        assertThat(f.interval(95).upper()[1]).isCloseTo(919.35 + 1.984217 * sd * Math.sqrt(1.01), within(1e-3));
    }

    @Test
    void classicalDecompositionOfAirPassengersMatchesDecompose() {
        double[] air = RDatasets.load("AirPassengers");
        ClassicalDecomposition d = ClassicalDecomposition.of(air, 12, true);
        // decompose(AirPassengers, "multiplicative")$figure
        double[] figure = {0.9102304, 0.8836253, 1.0073663, 0.9759060, 0.9813780, 1.1127758,
                           1.2265555, 1.2199110, 1.0604919, 0.9217572, 0.8011781, 0.8988244};
        for (int i = 0; i < 12; i++) {
            assertThat(d.figure()[i]).isCloseTo(figure[i], within(1e-6));
        }
        assertThat(d.trend()[6]).isCloseTo(126.7917, within(1e-4));
        assertThat(d.trend()[5]).isNaN();
    }

    @Test
    void naive2AdjustsSeasonalSeriesOnly() {
        double[] air = RDatasets.load("AirPassengers");
        assertThat(SeasonalityTest.isSeasonal(air, 12)).isTrue();
        assertThat(SeasonalityTest.isSeasonal(nile, 1)).isFalse();
        Naive2.Fitted fitted = (Naive2.Fitted) new Naive2().fit(air, 12);
        assertThat(fitted.seasonal()).isTrue();
        Forecast f = fitted.forecast(12, 95);
        double[] figure = fitted.decomposition().figure();
        double lastAdjusted = air[143] / figure[143 % 12];
        for (int h = 0; h < 12; h++) {
            assertThat(f.mean()[h]).isCloseTo(lastAdjusted * figure[h % 12], within(1e-9));
        }
        Forecast plain = new Naive2().fit(nile, 1).forecast(3, 95);
        assertThat(plain.mean()).containsExactly(nile[99], nile[99], nile[99]);
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> new Naive().fit(new double[0], 1)).hasMessageContaining("y");
        assertThatThrownBy(() -> new Naive().fit(deaths, 0)).hasMessageContaining("seasonalPeriod");
        assertThatThrownBy(() -> new Naive().fit(deaths, 1).forecast(0)).hasMessageContaining("horizon");
        assertThatThrownBy(() -> new Naive().fit(deaths, 1).forecast(1, 100)).hasMessageContaining("levels");
    }
}
