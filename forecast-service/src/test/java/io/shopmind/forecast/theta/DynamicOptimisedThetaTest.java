package io.shopmind.forecast.theta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.shopmind.forecast.ets.SimpleExponentialSmoothing;
import io.shopmind.forecast.model.Forecast;
import org.junit.jupiter.api.Test;

class DynamicOptimisedThetaTest {

    /**
     * Fiorucci et al. (2016), section 3.2, worked by hand for y = 10, 12, 13, 15 with l0 = 5, alpha = 0.5,
     * theta = 2: the trend coefficients after the fourth period are A = 8.5, B = 1.6 and the level 13.1875, so
     * mu_5 = 13.1875 + 0.5 (8.5 * 0.5^4 + 1.6 (1 - 0.5^5) / 0.5) = 15.003125; with y_5 = mu_5 the recursion gives
     * A = 9.09875, B = 1.300625, level 14.0953125 and mu_6 = 15.5177829.
     */
    @Test
    void forecastsRunTheDynamicRecursionAsWorkedByHand() {
        var fitted = new DynamicOptimisedTheta.Fitted(new double[] {10, 12, 13, 15}, 5, 0.5, 2, 1, null);
        Forecast forecast = fitted.forecast(2, 95);
        assertThat(forecast.mean()[0]).isCloseTo(15.003125, within(1e-9));
        assertThat(forecast.mean()[1]).isCloseTo(15.517783, within(1e-6));
        assertThat(forecast.interval(95).upper()[1] - forecast.mean()[1])
                .isCloseTo(1.959964 * Math.sqrt(1 + 0.25), within(1e-5));
    }

    @Test
    void thetaOneIsSimpleExponentialSmoothingOfTheLevel() {
        double[] y = {3, 5, 4, 6, 5, 7, 6, 8};
        var fitted = new DynamicOptimisedTheta.Fitted(y, 2, 0.3, 1, 1, null);
        double level = 0.3 * y[0] + 0.7 * 2;
        for (int t = 1; t < y.length; t++) {
            level = 0.3 * y[t] + 0.7 * level;
        }
        assertThat(fitted.forecast(3).mean()).containsExactly(new double[] {level, level, level}, within(1e-12));
    }

    @Test
    void fitsATrendAndKeepsTheParametersInTheirBounds() {
        double[] y = new double[30];
        for (int t = 0; t < y.length; t++) {
            y[t] = 100 + 3 * t + (t % 2 == 0 ? 1 : -1);
        }
        var fitted = (DynamicOptimisedTheta.Fitted) new DynamicOptimisedTheta().fit(y, 1);
        assertThat(fitted.alpha()).isBetween(0.1, 0.99);
        assertThat(fitted.theta()).isGreaterThanOrEqualTo(1);
        double[] mean = fitted.forecast(3).mean();
        // the trend goes on: each step about 3 up, from near the last value
        assertThat(mean[0]).isCloseTo(190, within(4.0));
        assertThat(mean[2] - mean[0]).isCloseTo(6, within(1.5));
        assertThat(new SimpleExponentialSmoothing().fit(y, 1).forecast(3).mean()[2]).isLessThan(mean[2]);
    }
}
