package io.shopmind.forecast.intermittent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.shopmind.forecast.model.Forecast;
import org.junit.jupiter.api.Test;

class IntermittentTest {

    private final double[] demand = {0, 0, 3, 0, 5, 0, 0, 2};

    @Test
    void crostonSmoothsSizesAndIntervalsSeparately() {
        // sizes 3, 5, 2 -> 3, 3.2, 3.08; intervals 3, 2, 3 -> 3, 2.9, 2.91 (alpha 0.1)
        IntermittentModel fit = new Croston().fit(demand, 1);
        assertThat(fit.rate()).isCloseTo(3.08 / 2.91, within(1e-12));
        assertThat(fit.fitted()[1]).isEqualTo(0);
        assertThat(fit.fitted()[3]).isCloseTo(1.0, within(1e-12));
        assertThat(fit.fitted()[5]).isCloseTo(3.2 / 2.9, within(1e-12));
        Forecast f = fit.forecast(3, 80, 95);
        assertThat(f.mean()).containsOnly(3.08 / 2.91);
        assertThat(f.interval(95).lower()[0]).isGreaterThanOrEqualTo(0);
    }

    @Test
    void sbaDeflatesCrostonByOneMinusHalfAlpha() {
        assertThat(new SyntetosBoylanApproximation(0.2).fit(demand, 1).rate())
                .isCloseTo(0.9 * new Croston(0.2).fit(demand, 1).rate(), within(1e-12));
    }

    @Test
    void tsbDecaysTheProbabilityAfterTheLastDemand() {
        IntermittentModel fit = new TeunterSyntetosBabai(0.1, 0.2).fit(demand, 1);
        // start: size 10/3, probability 3/8
        double p = 3.0 / 8;
        double z = 10.0 / 3;
        for (double y : demand) {
            if (y > 0) {
                p += 0.2 * (1 - p);
                z += 0.1 * (y - z);
            } else {
                p *= 0.8;
            }
        }
        assertThat(fit.rate()).isCloseTo(p * z, within(1e-12));
        double[] stale = {4, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        assertThat(new TeunterSyntetosBabai().fit(stale, 1).rate())
                .isLessThan(new Croston().fit(stale, 1).rate());
    }

    @Test
    void allZeroDemandForecastsZero() {
        assertThat(new Croston().fit(new double[] {0, 0, 0}, 1).forecast(2, 95).mean()).containsOnly(0.0);
        assertThat(new TeunterSyntetosBabai().fit(new double[] {0, 0, 0}, 1).rate()).isZero();
    }

    @Test
    void rejectsNegativeDemandAndBadAlpha() {
        assertThatThrownBy(() -> new Croston().fit(new double[] {1, -1}, 1)).hasMessageContaining("y");
        assertThatThrownBy(() -> new Croston(0)).hasMessageContaining("alpha");
        assertThatThrownBy(() -> new TeunterSyntetosBabai(0.1, 1.5)).hasMessageContaining("beta");
    }
}
