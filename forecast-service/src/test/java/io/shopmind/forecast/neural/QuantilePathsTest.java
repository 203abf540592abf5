package io.shopmind.forecast.neural;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shopmind.forecast.model.Forecast;
import org.junit.jupiter.api.Test;

/** Reading intervals off trained quantiles, without the engine. */
class QuantilePathsTest {

    private static final double[] PROBABILITIES = NeuralSettings.defaults().probabilities();

    // per step: quantiles at 2.5, 10, 50, 90, 97.5 %
    private final QuantilePaths paths = new QuantilePaths("test", PROBABILITIES, new double[][] {
            {80, 90, 100, 110, 120},
            {60, 70, 100, 140, 150}});

    @Test
    void trainedProbabilitiesAreTheMedianAndBothEndsOfEachLevel() {
        assertArrayEquals(new double[] {0.025, 0.1, 0.5, 0.9, 0.975}, PROBABILITIES, 1e-12);
    }

    @Test
    void trainedLevelsReadTheirQuantilesAndTheMeanIsTheMedian() {
        Forecast forecast = paths.forecast(2, 80, 95);
        assertArrayEquals(new double[] {100, 100}, forecast.mean());
        assertArrayEquals(new double[] {90, 70}, forecast.interval(80).lower(), 1e-9);
        assertArrayEquals(new double[] {110, 140}, forecast.interval(80).upper(), 1e-9);
        assertArrayEquals(new double[] {80, 60}, forecast.interval(95).lower(), 1e-9);
        assertArrayEquals(new double[] {120, 150}, forecast.interval(95).upper(), 1e-9);
    }

    @Test
    void otherLevelsInterpolateInTheNormalScoreAndNest() {
        Forecast forecast = paths.forecast(1, 50, 90, 99);
        // 50 %: z = 0.674 of 1.2816 between the median and the 90 % quantile
        assertEquals(100 + 10 * 0.67449 / 1.28155, forecast.interval(50).upper()[0], 1e-3);
        double upper90 = forecast.interval(90).upper()[0];
        assertTrue(upper90 > 110 && upper90 < 120, "90 % upper " + upper90);
        // 99 %: beyond the last trained quantile, on the slope of the last two
        assertEquals(120 + 10 / (1.95996 - 1.28155) * (2.57583 - 1.95996), forecast.interval(99).upper()[0], 1e-3);
        assertTrue(forecast.interval(99).lower()[0] < 80);
    }

    @Test
    void horizonMustLieWithinTheTrainedOne() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> paths.forecast(3)).getMessage().startsWith("horizon"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> paths.forecast(0)).getMessage().startsWith("horizon"));
        assertEquals(1, paths.forecast(1).horizon());
    }
}
