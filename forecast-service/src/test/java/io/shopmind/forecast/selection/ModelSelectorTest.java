package io.shopmind.forecast.selection;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopmind.forecast.evaluation.Candidate;
import io.shopmind.forecast.model.FittedModel;
import io.shopmind.forecast.model.Forecast;
import io.shopmind.forecast.model.PredictionInterval;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ModelSelectorTest {

    /** The standard candidates less seasonal AutoARIMA, whose search takes seconds per fit: these tests stay fast. */
    private static final List<Candidate> QUICK =
            Candidates.named(List.of("ETS", "Theta", "SNaive", "Naive"));

    private static double[] seasonal(long seed) {
        Random random = new Random(seed);
        double[] y = new double[96];
        for (int t = 0; t < y.length; t++) {
            y[t] = 50 + 20 * Math.sin(2 * Math.PI * t / 12) + random.nextGaussian();
        }
        return y;
    }

    private static double[] trending(long seed) {
        Random random = new Random(seed);
        double[] y = new double[80];
        for (int t = 0; t < y.length; t++) {
            y[t] = 10 + 2 * t + random.nextGaussian();
        }
        return y;
    }

    private static double[] intermittent(long seed) {
        Random random = new Random(seed);
        double[] y = new double[120];
        for (int t = 0; t < y.length; t++) {
            y[t] = random.nextDouble() < 0.2 ? 1 + random.nextInt(5) : 0;
        }
        return y;
    }

    private static BacktestScore score(Selection selection, String method) {
        return selection.scores().stream().filter(s -> s.method().equals(method)).findFirst().orElseThrow();
    }

    @Test
    void choosesASeasonalModelForASeasonalSeries() {
        SelectionSettings settings = SelectionSettings.defaults(12)
                .withCandidates(Candidates.named(List.of("ETS", "Theta", "SNaive", "Naive", "Mean")));
        Selection selection = new ModelSelector(settings).select(seasonal(1), 12);

        assertThat(selection.method()).isIn("ETS", "Theta", "SNaive");
        assertThat(selection.accuracy().mase()).isLessThan(score(selection, "Naive").mase() / 2);
        assertThat(selection.accuracy().origins()).isEqualTo(2);
        assertThat(selection.intermittent()).isFalse();
        assertThat(selection.scores()).extracting(BacktestScore::method).doesNotContain("Croston");
    }

    @Test
    void choosesATrendingModelForATrendingSeries() {
        Selection selection = new ModelSelector(SelectionSettings.defaults(8)).select(trending(2), 1);

        assertThat(selection.method()).isIn("AutoARIMA", "ETS", "Theta");
        assertThat(selection.accuracy().mase()).isLessThan(score(selection, "SNaive").mase());
        assertThat(selection.scores().get(0)).isEqualTo(selection.accuracy());
    }

    @Test
    void addsIntermittentDemandMethodsForSeriesWithManyZeros() {
        Selection selection = new ModelSelector(SelectionSettings.defaults(7).withCandidates(QUICK)).select(intermittent(3), 7);

        assertThat(selection.intermittent()).isTrue();
        assertThat(selection.scores()).extracting(BacktestScore::method).contains("Croston", "SBA", "TSB", "ETS");
        assertThat(selection.scores().stream().filter(s -> !s.failed()).mapToDouble(BacktestScore::mase).min())
                .hasValue(selection.accuracy().mase());
    }

    @Test
    void aCombinationForecastsTheMedianOfItsMembers() {
        SelectionSettings settings = SelectionSettings.defaults(12).withCandidates(QUICK).withCombination(3, Combination.MEDIAN);
        double[] y = seasonal(4);
        Selection selection = new ModelSelector(settings).select(y, 12);

        List<String> members = selection.scores().subList(0, 3).stream().map(BacktestScore::method).toList();
        assertThat(selection.method()).isEqualTo("Median(" + String.join(", ", members) + ")");
        List<Forecast> memberForecasts = new ArrayList<>();
        for (var candidate : Candidates.named(members)) {
            FittedModel fitted = candidate.forecaster().fit(y, 12);
            memberForecasts.add(fitted.forecast(12, 80, 95));
        }
        Forecast combined = selection.model().forecast(12, 80, 95);
        for (int h = 0; h < 12; h++) {
            double[] means = new double[3];
            double[] lowers = new double[3];
            for (int i = 0; i < 3; i++) {
                means[i] = memberForecasts.get(i).mean()[h];
                lowers[i] = memberForecasts.get(i).interval(95).lower()[h];
            }
            Arrays.sort(means);
            Arrays.sort(lowers);
            assertThat(combined.mean()[h]).isEqualTo(means[1]);
            assertThat(combined.interval(95).lower()[h]).isEqualTo(lowers[1]);
            for (PredictionInterval interval : combined.intervals()) {
                assertThat(interval.lower()[h]).isLessThanOrEqualTo(combined.mean()[h]);
                assertThat(interval.upper()[h]).isGreaterThanOrEqualTo(combined.mean()[h]);
            }
        }
        assertThat(selection.accuracy().method()).isEqualTo(selection.method());
    }

    @Test
    void keepingMoreMembersCombinesFromTheSameBacktestWithoutRepeatingIt() {
        int[] fits = new int[1];
        Candidate counted = new Candidate("CountedNaive", (y, m) -> {
            fits[0]++;
            return new io.shopmind.forecast.baseline.Naive().fit(y, m);
        });
        List<Candidate> candidates = new ArrayList<>(QUICK);
        candidates.add(counted);
        SelectionSettings settings = SelectionSettings.defaults(12).withCandidates(candidates);
        ModelSelector selector = new ModelSelector(settings);
        double[] y = seasonal(4);

        FittedModel single = selector.fit(y, 12);
        int backtestFits = fits[0];
        FittedModel three = selector.keeping(3).fit(y.clone(), 12);

        assertThat(fits[0] - backtestFits).as("fits after the backtest was shared").isLessThanOrEqualTo(1);
        Selection separate = new ModelSelector(settings.withCombination(3, Combination.MEDIAN)).select(y, 12);
        assertThat(three.forecast(12).mean()).containsExactly(separate.model().forecast(12).mean());
        assertThat(single.forecast(12).mean()).isNotEqualTo(three.forecast(12).mean());
    }

    @Test
    void theMeanCombinationAveragesPerStep() {
        Forecast a = new Forecast("a", new double[] {1, 2}, List.of(new PredictionInterval(80, new double[] {0, 1}, new double[] {2, 3})));
        Forecast b = new Forecast("b", new double[] {3, 6}, List.of(new PredictionInterval(80, new double[] {1, 2}, new double[] {5, 9})));
        Forecast mean = Combination.MEAN.combine("m", List.of(a, b));
        assertThat(mean.mean()).containsExactly(2, 4);
        assertThat(mean.interval(80).lower()).containsExactly(0.5, 1.5);
        assertThat(mean.interval(80).upper()).containsExactly(3.5, 6);
        assertThat(Combination.MEDIAN.of(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
    }

    @Test
    void aSeriesTooShortToBacktestGetsTheNaiveMethod() {
        Selection selection = new ModelSelector(SelectionSettings.defaults(12)).select(new double[] {3, 4, 5}, 12);
        assertThat(selection.method()).isEqualTo("Naive");
        assertThat(selection.accuracy()).isNull();
        assertThat(selection.model().forecast(2, 95).mean()).containsExactly(5, 5);
    }

    @Test
    void parallelSelectionGivesTheSameAnswerAsSequential() throws InterruptedException {
        List<double[]> series = List.of(seasonal(5), trending(6), intermittent(7), seasonal(8), trending(9));
        ModelSelector selector = new ModelSelector(SelectionSettings.defaults(6).withCandidates(QUICK)
                .withCombination(2, Combination.MEAN));
        List<double[]> sequential = series.stream().map(y -> selector.select(y, 12).model().forecast(6, 90).mean()).toList();
        List<double[]> parallel;
        try (SeriesPool pool = new SeriesPool(2)) {
            parallel = pool.map(series, y -> selector.select(y, 12).model().forecast(6, 90).mean(), r -> { });
        }
        for (int i = 0; i < series.size(); i++) {
            assertThat(parallel.get(i)).containsExactly(sequential.get(i));
        }
    }
}
