package io.shopmind.forecast.neural;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shopmind.forecast.baseline.SeasonalNaive;
import io.shopmind.forecast.evaluation.AccuracyMetrics;
import io.shopmind.forecast.model.FittedModel;
import io.shopmind.forecast.model.Forecast;
import io.shopmind.forecast.model.PredictionInterval;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Trains the network once on a simulated shop (a few seconds on two cores) and checks what it learned. */
class GlobalNeuralForecasterTest {

    private static final int WEEK = 7;
    private static final int HORIZON = 7;
    // small and quick: 16 hidden units, learning rate 0.01, at most 15 epochs
    private static final NeuralSettings SETTINGS = new NeuralSettings(HORIZON, 3, 16, 15, 3, 64, 32, 0.01, 42, new double[] {80, 95});

    private static List<double[]> actuals;
    private static List<double[]> training;
    private static GlobalFit fit;

    @BeforeAll
    static void trainOnce() {
        List<double[]> shop = DemandSeries.daily(40, 220, 0.15, 0.15, true, 11);
        actuals = new ArrayList<>();
        training = new ArrayList<>();
        for (double[] y : shop) {
            training.add(Arrays.copyOf(y, y.length - HORIZON));
            actuals.add(Arrays.copyOfRange(y, y.length - HORIZON, y.length));
        }
        List<double[]> withShort = new ArrayList<>(training);
        withShort.add(new double[] {5, 6, 7, 8, 9, 10, 11, 12, 13, 14});
        withShort.add(new double[] {3, 4});
        fit = new GlobalNeuralForecaster(SETTINGS).fitAll(withShort, WEEK);
    }

    @Test
    void anLstmCellLearnsTheShopToo() {
        GlobalFit lstm = new GlobalNeuralForecaster(SETTINGS.withCell(NeuralSettings.Cell.LSTM)).fitAll(training, WEEK);
        double neural = 0;
        double naive = 0;
        for (int i = 0; i < training.size(); i++) {
            double[] y = training.get(i);
            neural += AccuracyMetrics.mase(y, WEEK, actuals.get(i), lstm.models().get(i).forecast(HORIZON).mean());
            naive += AccuracyMetrics.mase(y, WEEK, actuals.get(i), new SeasonalNaive().fit(y, WEEK).forecast(HORIZON).mean());
        }
        assertTrue(neural < 0.9 * naive, "MASE " + neural / training.size() + " vs seasonal naive " + naive / training.size());
        assertTrue(lstm.models().get(0).name().startsWith("LSTM-global"), lstm.models().get(0).name());
    }

    @Test
    void forecastsNoisyTrendingWeeksBetterThanSeasonalNaive() {
        double neural = 0;
        double naive = 0;
        for (int i = 0; i < training.size(); i++) {
            double[] y = training.get(i);
            neural += AccuracyMetrics.mase(y, WEEK, actuals.get(i), fit.models().get(i).forecast(HORIZON).mean());
            naive += AccuracyMetrics.mase(y, WEEK, actuals.get(i), new SeasonalNaive().fit(y, WEEK).forecast(HORIZON).mean());
        }
        assertTrue(neural < 0.85 * naive, "MASE " + neural / training.size() + " vs seasonal naive " + naive / training.size());
        assertTrue(fit.bestEpoch() >= 1 && fit.bestEpoch() <= fit.epochs(), "best epoch " + fit.bestEpoch());
    }

    @Test
    void intervalsHoldTheMedianAndNestByLevel() {
        double[] levels = {50, 80, 95, 99};
        for (int i = 0; i < training.size(); i++) {
            Forecast forecast = fit.models().get(i).forecast(HORIZON, levels);
            for (int k = 0; k < levels.length; k++) {
                PredictionInterval interval = forecast.intervals().get(k);
                for (int h = 0; h < HORIZON; h++) {
                    assertTrue(interval.lower()[h] <= forecast.mean()[h] && forecast.mean()[h] <= interval.upper()[h],
                            "series " + i + " level " + levels[k] + " step " + h);
                    if (k > 0) {
                        PredictionInterval narrower = forecast.intervals().get(k - 1);
                        assertTrue(interval.lower()[h] <= narrower.lower()[h] && narrower.upper()[h] <= interval.upper()[h],
                                "series " + i + " level " + levels[k] + " contains " + levels[k - 1] + " at step " + h);
                    }
                }
            }
        }
    }

    @Test
    void intervalsCoverRoughlyTheirLevel() {
        int inside80 = 0;
        int inside95 = 0;
        int total = 0;
        for (int i = 0; i < training.size(); i++) {
            Forecast forecast = fit.models().get(i).forecast(HORIZON, 80, 95);
            double[] y = actuals.get(i);
            inside80 += Math.round(HORIZON * AccuracyMetrics.coverage(y, forecast.interval(80).lower(), forecast.interval(80).upper()));
            inside95 += Math.round(HORIZON * AccuracyMetrics.coverage(y, forecast.interval(95).lower(), forecast.interval(95).upper()));
            total += HORIZON;
        }
        assertTrue(inside80 > 0.6 * total, "80 % coverage " + (double) inside80 / total);
        assertTrue(inside95 > 0.8 * total, "95 % coverage " + (double) inside95 / total);
    }

    @Test
    void seriesShorterThanTheWindowFallBackToSeasonalNaive() {
        assertEquals(2, fit.fallbacks());
        assertEquals("SNaive", fit.models().get(training.size()).name());
        assertEquals("Naive", fit.models().get(training.size() + 1).name());
        assertTrue(fit.models().get(0).name().startsWith("GRU-global"), fit.models().get(0).name());
    }

    @Test
    void loadsTheEngineOffline() {
        assertEquals("true", System.getProperty(PyTorchEngine.OFFLINE_PROPERTY));
        assertNotNull(PyTorchEngine.load());
    }

    @Test
    void theSameSeedGivesTheSameForecasts() {
        NeuralSettings quick = new NeuralSettings(HORIZON, 3, 16, 2, 1, 128, 8, 0.01, 5, new double[] {80});
        List<double[]> few = training.subList(0, 10);
        double[] first = new GlobalNeuralForecaster(quick).fitAll(few, WEEK).models().get(3).forecast(HORIZON).mean();
        double[] second = new GlobalNeuralForecaster(quick).fitAll(few, WEEK).models().get(3).forecast(HORIZON).mean();
        assertArrayEquals(first, second);
    }

    @Test
    void aSingleSeriesFitsThroughTheForecasterContract() {
        FittedModel model = new GlobalNeuralForecaster(new NeuralSettings(HORIZON, 3, 8, 1, 1, 64, 8, 0.01, 1, new double[] {80}))
                .fit(training.get(0), WEEK);
        assertEquals(HORIZON, model.forecast(HORIZON, 80).horizon());
    }

    @Test
    void rejectsBadInputNamingTheParameter() {
        GlobalNeuralForecaster forecaster = new GlobalNeuralForecaster(SETTINGS);
        assertMessage("series", assertThrows(IllegalArgumentException.class, () -> forecaster.fitAll(List.of(), WEEK)));
        assertMessage("series", assertThrows(IllegalArgumentException.class, () -> forecaster.fitAll(null, WEEK)));
        assertMessage("series[1]", assertThrows(IllegalArgumentException.class,
                () -> forecaster.fitAll(List.of(new double[] {1, 2}, new double[] {1, Double.NaN}), WEEK)));
        assertMessage("seasonalPeriod", assertThrows(IllegalArgumentException.class,
                () -> forecaster.fitAll(List.of(new double[] {1, 2}), 0)));
        assertMessage("horizon", assertThrows(IllegalArgumentException.class, () -> SETTINGS.withHorizon(0)));
        assertMessage("horizon", assertThrows(IllegalArgumentException.class, () -> SETTINGS.withHorizon(-3)));
        FittedModel model = fit.models().get(0);
        assertMessage("horizon", assertThrows(IllegalArgumentException.class, () -> model.forecast(0)));
        assertMessage("horizon", assertThrows(IllegalArgumentException.class, () -> model.forecast(HORIZON + 1)));
    }

    private static void assertMessage(String parameter, IllegalArgumentException e) {
        assertTrue(e.getMessage().startsWith(parameter), e.getMessage());
    }
}
