package io.shopmind.forecast.neural;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Cutting, splitting and scaling windows, without the engine. */
class SeriesWindowsTest {

    // length 4, horizon 2: a series of 10 has training starts 0..2 (targets end by index 7), validation from 4
    private final SeriesWindows windows = new SeriesWindows(List.of(
            new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10},
            new double[] {0, 0, 0, 0, 0, 0},
            new double[] {1, 2, 3}), 4, 2);

    @Test
    void trainingTargetsEndBeforeTheValidationTargets() {
        assertEquals(3, windows.trainingCount(0));
        assertEquals(0, windows.trainingCount(1));
        assertEquals(3, windows.trainingCount());
        int[][] validation = windows.validation();
        assertArrayEquals(new int[] {0, 1}, validation[0]);
        assertArrayEquals(new int[] {4, 0}, validation[1]);
        int[][] origins = windows.forecastOrigins();
        assertArrayEquals(new int[] {0, 1}, origins[0]);
        assertArrayEquals(new int[] {6, 2}, origins[1]);
        assertFalse(windows.canForecast(2));
    }

    @Test
    void windowsAreScaledByTheirMeanAndCentred() {
        double scale = windows.scale(0, 2);
        assertEquals(4.5, scale, 1e-12);
        float[] inputs = new float[4];
        float[] targets = new float[2];
        windows.input(0, 2, scale, inputs, 0);
        windows.targets(0, 2, scale, targets, 0);
        assertArrayEquals(new float[] {3 / 4.5f - 1, 4 / 4.5f - 1, 5 / 4.5f - 1, 6 / 4.5f - 1}, inputs, 1e-6f);
        assertArrayEquals(new float[] {7 / 4.5f - 1, 8 / 4.5f - 1}, targets, 1e-6f);
        assertEquals(1, windows.scale(1, 0), "an all-zero window keeps scale 1");
    }

    @Test
    void drawsTheSameWindowsFromTheSameSeed() {
        int[][] first = windows.drawTraining(5, new SplittableRandom(3));
        int[][] second = windows.drawTraining(5, new SplittableRandom(3));
        assertArrayEquals(first[0], second[0]);
        assertArrayEquals(first[1], second[1]);
        assertEquals(3, first[0].length, "at most the series' own count");
        for (int start : first[1]) {
            assertTrue(start >= 0 && start <= 2, "start " + start);
        }
    }

    @Test
    void settingsRejectBadValuesNamingThem() {
        NeuralSettings defaults = NeuralSettings.defaults();
        assertEquals(28, defaults.windowLength(7), "3 weeks, but at least twice the 14-step horizon");
        assertEquals(36, defaults.windowLength(12));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> defaults.withHorizon(0)).getMessage().startsWith("horizon"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new NeuralSettings(7, 3, 0, 30, 3, 64, 32, 0.01, 1, new double[] {80})).getMessage().startsWith("hiddenSize"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new NeuralSettings(7, 3, 8, 30, 3, 64, 32, 0.01, 1, new double[] {80, 100})).getMessage().startsWith("levels"));
    }
}
