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
                .withCandidates(Candidates.named(List.of("ETS", "Theta", "SNaive", "Naive", "Mean")))
                .withCombination(1, Combination.MEDIAN);
        Selection selection = new ModelSelector(settings).select(seasonal(1), 12);

        assertThat(selection.method()).isIn("ETS", "Theta", "SNaive");
        assertThat(selection.accuracy().mase()).isLessThan(score(selection, "Naive").mase() / 2);
        assertThat(selection.accuracy().origins()).isEqualTo(2);
        assertThat(selection.intermittent()).isFalse();
        assertThat(selection.scores()).extracting(BacktestScore::method).doesNotContain("Croston");
    }

    @Test
    void choosesATrendingModelForATrendingSeries() {
        Selection selection = new ModelSelector(SelectionSettings.defaults(8).withCombination(1, Combination.MEDIAN))
                .select(trending(2), 1);

        assertThat(selection.method()).isIn("AutoARIMA", "ETS", "Theta", "DOTM");
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
    void everyStrategyReadsOneBacktestThatNeverRunsAgain() {
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

        Backtest backtest = selector.backtest(y, 12);
        assertThat(fits[0]).as("one fit per origin").isEqualTo(2);
        Selection single = selector.choose(backtest, new Strategy.Best(1, Combination.MEDIAN));
        Selection three = selector.choose(backtest, new Strategy.Best(3, Combination.MEDIAN));
        Selection all = selector.choose(backtest, new Strategy.Ensemble(List.of("ETS", "CountedNaive"), Combination.MEAN));

        assertThat(fits[0]).as("whole-series fits only, no backtest again").isLessThanOrEqualTo(2 + 3);
        Selection separate = new ModelSelector(settings.withCombination(3, Combination.MEDIAN)).select(y, 12);
        assertThat(three.model().forecast(12).mean()).containsExactly(separate.model().forecast(12).mean());
        assertThat(single.model().forecast(12).mean()).isNotEqualTo(three.model().forecast(12).mean());
        assertThat(all.method()).isEqualTo("Mean(ETS, CountedNaive)");
        double[] ets = Candidates.named(List.of("ETS")).get(0).forecaster().fit(y, 12).forecast(12).mean();
        assertThat(all.model().forecast(12).mean()[0]).isCloseTo(0.5 * (ets[0] + y[y.length - 1]),
                org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void theDefaultIsTheMedianEnsembleOfTheMembersBacktestedAndTheBestForIntermittentSeries() {
        SelectionSettings settings = SelectionSettings.defaults(12);
        double[] y = seasonal(11);
        Selection selection = new ModelSelector(settings).select(y, 12);

        assertThat(selection.method()).isEqualTo("Median(ETS, AutoARIMA, Theta, DOTM)");
        assertThat(selection.accuracy().method()).isEqualTo(selection.method());
        List<double[]> members = new ArrayList<>();
        for (Candidate member : Candidates.named(List.of("ETS", "AutoARIMA", "Theta", "DOTM"))) {
            members.add(member.forecaster().fit(y, 12).forecast(12).mean());
        }
        double[] step = {members.get(0)[5], members.get(1)[5], members.get(2)[5], members.get(3)[5]};
        Arrays.sort(step);
        assertThat(selection.model().forecast(12).mean()[5]).isCloseTo(0.5 * (step[1] + step[2]),
                org.assertj.core.api.Assertions.within(1e-9));

        Selection sparse = new ModelSelector(settings.withCandidates(QUICK)).select(intermittent(3), 7);
        assertThat(sparse.intermittent()).isTrue();
        assertThat(sparse.method()).isEqualTo(sparse.scores().get(0).method());
    }

    /** A global method that forecasts as the naive method does and counts its trainings. */
    private static final class CountedGlobal implements io.shopmind.forecast.model.GlobalForecaster {
        final List<Integer> trainedOn = new ArrayList<>();

        @Override
        public List<FittedModel> fitGlobal(List<double[]> series, int seasonalPeriod, int horizon) {
            trainedOn.add(series.size());
            return series.stream().map(y -> new io.shopmind.forecast.baseline.Naive().fit(y, 1)).toList();
        }

        @Override
        public FittedModel fit(double[] y, int seasonalPeriod) {
            return fitGlobal(List.of(y), seasonalPeriod, 1).get(0);
        }
    }

    @Test
    void aGlobalCandidateTrainsOncePerOriginOverAllSeriesAndIsBacktestedAsTheLocalOnesAre() throws Exception {
        CountedGlobal global = new CountedGlobal();
        List<Candidate> candidates = List.of(new Candidate("Global", global), Candidates.named(List.of("Naive")).get(0));
        ModelSelector selector = new ModelSelector(SelectionSettings.defaults(6).withCandidates(candidates)
                .withCombination(1, Combination.MEDIAN));
        List<double[]> series = List.of(seasonal(1), trending(2), new double[] {1, 2, 3});

        List<List<Selection>> selections = selector.selectAll(series, 12, List.of(selector.settings().strategy()), 2,
                io.shopmind.forecast.model.Progress.NONE);

        // the whole series, then each of the two origins (the short series has none)
        assertThat(global.trainedOn).containsExactly(3, 2, 2);
        Selection first = selections.get(0).get(0);
        assertThat(score(first, "Global").mase()).isEqualTo(score(first, "Naive").mase());
        assertThat(selections.get(2).get(0).method()).isEqualTo("Naive");
        assertThat(selections.get(2).get(0).accuracy()).isNull();
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
