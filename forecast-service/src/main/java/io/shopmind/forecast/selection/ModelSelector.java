package io.shopmind.forecast.selection;

import io.shopmind.forecast.arima.Regressors;
import io.shopmind.forecast.arima.RegressionWithArimaErrors;
import io.shopmind.forecast.baseline.GaussianIntervals;
import io.shopmind.forecast.baseline.Naive;
import io.shopmind.forecast.ets.Ets;
import io.shopmind.forecast.evaluation.AccuracyMetrics;
import io.shopmind.forecast.evaluation.Candidate;
import io.shopmind.forecast.model.FittedModel;
import io.shopmind.forecast.model.Forecaster;
import io.shopmind.forecast.model.GlobalForecaster;
import io.shopmind.forecast.model.Progress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Chooses a model per series by a rolling-origin backtest (Tashman 2000, "Out-of-sample tests of forecasting
 * accuracy: an analysis and review", IJF 16(4)): each candidate is fitted to the observations before each origin and
 * forecasts the next {@code horizon} ones, scored by MASE (Hyndman &amp; Koehler 2006). The {@link Backtest} is an
 * explicit result; {@link #choose} reads it by the settings' {@link Strategy}: the single best candidate, the best k
 * combined, or a fixed ensemble, so several ways of choosing share one backtest. Automatic ETS is fitted to the whole
 * series first and its origin fits start from there ({@link Ets#refits}); the model served is always the plain fit.
 * Candidates that train across series ({@link GlobalForecaster}) are trained once per origin over all series by
 * {@link #backtestGlobal} and join each series' backtest from there. Deterministic: the same series and settings give
 * the same choice.
 */
public final class ModelSelector implements Forecaster {

    private static final Candidate FALLBACK = new Candidate("Naive", new Naive());

    private final SelectionSettings settings;

    public ModelSelector(SelectionSettings settings) {
        this.settings = settings;
    }

    public SelectionSettings settings() {
        return settings;
    }

    /** The chosen model fitted to {@code y}, so a selection can itself be evaluated like any method. */
    @Override
    public FittedModel fit(double[] y, int seasonalPeriod) {
        return select(y, seasonalPeriod).model();
    }

    /** Backtests the local candidates on {@code y} and chooses by the settings' strategy. */
    public Selection select(double[] y, int seasonalPeriod) {
        return choose(backtest(y, seasonalPeriod), settings.strategy());
    }

    /** Every local candidate's backtest on {@code y}, ranked; global candidates are left out (see {@link #backtestGlobal}). */
    public Backtest backtest(double[] y, int seasonalPeriod) {
        return backtest(y, seasonalPeriod, Regressors.NONE, List.of());
    }

    /**
     * Every local candidate's backtest on {@code y}, ranked with the trials of global candidates made beforehand by
     * {@link #backtestGlobal} for this series. {@code regressors} (price, promotion; one value per observation) feed
     * the regression with ARIMA errors, which is backtested only when one of them changes.
     */
    public Backtest backtest(double[] y, int seasonalPeriod, Regressors regressors, List<Backtest.Trial> globalTrials) {
        GaussianIntervals.checkSeries(y, seasonalPeriod, 1);
        boolean intermittent = isIntermittent(y, settings.intermittentShare());
        int[] origins = origins(y.length, seasonalPeriod);
        List<Backtest.Trial> trials = new ArrayList<>();
        if (origins.length > 0) {
            for (Candidate candidate : candidatesFor(intermittent, y.length <= settings.shortLength(), seasonalPeriod)) {
                if (candidate.forecaster() instanceof RegressionWithArimaErrors regression) {
                    if (RegressionWithArimaErrors.anyVarying(regressors)) {
                        trials.add(backtest(candidate, y, seasonalPeriod, origins, regression, regressors));
                    }
                } else if (!(candidate.forecaster() instanceof GlobalForecaster)) {
                    trials.add(backtest(candidate, y, seasonalPeriod, origins));
                }
            }
            trials.addAll(globalTrials);
        }
        return new Backtest(y.clone(), seasonalPeriod, intermittent, origins, rank(trials));
    }

    /**
     * Trains each global candidate once per origin on all series cut at that origin, and once on the whole series,
     * so that it is backtested exactly as the local ones are. Returns, per series, the trials to pass to
     * {@link #backtest(double[], int, List)}; a series too short to backtest gets none.
     */
    public List<List<Backtest.Trial>> backtestGlobal(List<double[]> series, int seasonalPeriod) {
        List<List<Backtest.Trial>> trials = new ArrayList<>(series.size());
        for (int i = 0; i < series.size(); i++) {
            trials.add(new ArrayList<>());
        }
        List<Candidate> globals = settings.globalCandidates();
        if (globals.isEmpty()) {
            return trials;
        }
        int h = settings.horizon();
        List<int[]> originsOf = series.stream().map(y -> origins(y.length, seasonalPeriod)).toList();
        for (Candidate candidate : globals) {
            GlobalForecaster global = (GlobalForecaster) candidate.forecaster();
            List<FittedModel> whole = global.fitGlobal(series, seasonalPeriod, h);
            double[][][] forecasts = new double[series.size()][][];
            boolean[] failed = new boolean[series.size()];
            for (int k = 0; k < settings.origins(); k++) {
                List<double[]> cut = new ArrayList<>();
                List<Integer> which = new ArrayList<>();
                for (int i = 0; i < series.size(); i++) {
                    if (originsOf.get(i).length > k) {
                        cut.add(Arrays.copyOf(series.get(i), originsOf.get(i)[k]));
                        which.add(i);
                    }
                }
                if (cut.isEmpty()) {
                    break;
                }
                List<FittedModel> fitted = global.fitGlobal(cut, seasonalPeriod, h);
                for (int j = 0; j < cut.size(); j++) {
                    int i = which.get(j);
                    if (forecasts[i] == null) {
                        forecasts[i] = new double[originsOf.get(i).length][];
                    }
                    try {
                        forecasts[i][k] = finite(fitted.get(j).forecast(h).mean());
                    } catch (RuntimeException e) {
                        failed[i] = true;
                    }
                }
            }
            for (int i = 0; i < series.size(); i++) {
                int[] origins = originsOf.get(i);
                if (origins.length == 0) {
                    continue;
                }
                BacktestScore score = failed[i] ? failedScore(candidate, origins)
                        : score(candidate.name(), forecasts[i], series.get(i), seasonalPeriod, origins);
                trials.get(i).add(new Backtest.Trial(candidate, whole.get(i), failed[i] ? null : forecasts[i], score));
            }
        }
        return trials;
    }

    /**
     * Chooses for many series at once, one thread per series on {@code threads} threads: the global candidates are
     * trained over all series first ({@link #backtestGlobal}), then each series is backtested once and every
     * strategy reads that backtest.
     *
     * @return per series, one selection per strategy, in the order given
     */
    public List<List<Selection>> selectAll(List<double[]> series, int seasonalPeriod, List<Strategy> strategies,
            int threads, Progress progress) throws InterruptedException {
        return selectAll(series, java.util.Collections.nCopies(series.size(), Regressors.NONE), seasonalPeriod,
                strategies, threads, progress);
    }

    /** As {@link #selectAll(List, int, List, int, Progress)}, with each series' regressors. */
    public List<List<Selection>> selectAll(List<double[]> series, List<Regressors> regressors, int seasonalPeriod,
            List<Strategy> strategies, int threads, Progress progress) throws InterruptedException {
        List<List<Backtest.Trial>> global = backtestGlobal(series, seasonalPeriod);
        List<Integer> indices = java.util.stream.IntStream.range(0, series.size()).boxed().toList();
        AtomicInteger done = new AtomicInteger();
        try (SeriesPool pool = new SeriesPool(threads)) {
            return pool.map(indices, i -> {
                Backtest backtest = backtest(series.get(i), seasonalPeriod, regressors.get(i), global.get(i));
                return strategies.stream().map(strategy -> choose(backtest, strategy)).toList();
            }, result -> progress.advanced(done.incrementAndGet(), series.size()));
        }
    }

    /** The settings' choice from a backtest. */
    public Selection choose(Backtest backtest) {
        return choose(backtest, settings.strategy());
    }

    /** The model {@code strategy} chooses from {@code backtest}, fitted to the whole series. */
    public Selection choose(Backtest backtest, Strategy strategy) {
        double[] y = backtest.y();
        int m = backtest.seasonalPeriod();
        if (backtest.origins().length == 0) {
            // too short to backtest: the naive method needs no history to speak of
            return new Selection(FALLBACK.name(), FALLBACK.forecaster().fit(y, m), null, List.of(),
                    backtest.intermittent());
        }
        List<Backtest.Trial> pool;
        Combination combination;
        int wanted;
        if (strategy instanceof Strategy.Ensemble ensemble && !backtest.intermittent()
                && ensemble.members().stream().anyMatch(name -> backtest.trial(name) != null)) {
            pool = ensemble.members().stream().map(backtest::trial).filter(t -> t != null).toList();
            combination = ensemble.combination();
            wanted = pool.size();
        } else {
            Strategy.Best best = strategy instanceof Strategy.Best b ? b : new Strategy.Best(1, Combination.MEDIAN);
            pool = backtest.ranked();
            combination = best.combination();
            wanted = best.members();
        }
        List<Backtest.Trial> members = new ArrayList<>();
        List<FittedModel> fitted = new ArrayList<>();
        for (Backtest.Trial trial : pool) {
            if (trial.score().failed() || members.size() == wanted) {
                continue;
            }
            try {
                fitted.add(trial.whole() != null ? trial.whole() : trial.candidate().forecaster().fit(y, m));
                members.add(trial);
            } catch (RuntimeException e) {
                // a method that backtested but cannot fit the whole series leaves its place to the next one
            }
        }
        if (members.isEmpty()) {
            return new Selection(FALLBACK.name(), FALLBACK.forecaster().fit(y, m), null, backtest.scores(),
                    backtest.intermittent());
        }
        if (members.size() == 1) {
            return new Selection(members.get(0).candidate().name(), fitted.get(0), members.get(0).score(),
                    backtest.scores(), backtest.intermittent());
        }
        String method = combination.label() + members.stream().map(t -> t.candidate().name()).toList().toString()
                .replace('[', '(').replace(']', ')');
        return new Selection(method, new CombinedModel(combination, fitted),
                combinedScore(method, members, combination, y, m, backtest.origins()), backtest.scores(),
                backtest.intermittent());
    }

    /** Whether more than {@code share} of the periods have zero sales (and none is negative). */
    public static boolean isIntermittent(double[] y, double share) {
        int zeros = 0;
        for (double v : y) {
            if (v < 0) {
                return false;
            }
            zeros += v == 0 ? 1 : 0;
        }
        return zeros > share * y.length;
    }

    private List<Candidate> candidatesFor(boolean intermittent, boolean isShort, int seasonalPeriod) {
        Map<String, Candidate> byName = new LinkedHashMap<>();
        if (isShort) {
            settings.shortCandidates().forEach(c -> byName.putIfAbsent(c.name(), settings.forPeriod(c, seasonalPeriod)));
        }
        settings.candidates().forEach(c -> byName.putIfAbsent(c.name(), settings.forPeriod(c, seasonalPeriod)));
        if (intermittent) {
            settings.intermittentCandidates().forEach(c -> byName.putIfAbsent(c.name(), c));
        }
        return List.copyOf(byName.values());
    }

    /** Training lengths, latest origin first; an origin needs a season and two more observations before it. */
    int[] origins(int n, int seasonalPeriod) {
        int minimum = Math.max(4, seasonalPeriod + 2);
        int[] ends = new int[settings.origins()];
        int count = 0;
        for (int i = 0; i < settings.origins(); i++) {
            int end = n - settings.horizon() - i * settings.originStep();
            if (end < minimum) {
                break;
            }
            ends[count++] = end;
        }
        return Arrays.copyOf(ends, count);
    }

    /**
     * Fits the candidate at each origin and keeps its forecasts. Automatic ETS, by far the costliest candidate
     * here, is first fitted to the whole series as {@link Ets#fit} would (the model served if it wins), and each
     * origin's fit then starts from the previous estimates ({@link Ets#refits}), which takes a fraction of the
     * evaluations of a fresh start.
     */
    private Backtest.Trial backtest(Candidate candidate, double[] y, int m, int[] origins) {
        int h = settings.horizon();
        double[][] forecasts = new double[origins.length][];
        Ets.Refits refits = candidate.forecaster() instanceof Ets ets ? ets.refits(y, m) : null;
        FittedModel whole = null;
        if (refits != null) {
            try {
                whole = refits.fit(y.length);
            } catch (RuntimeException e) {
                // the origins decide; should the method win, fitting the whole series fails again and gives way
            }
        }
        try {
            for (int i = 0; i < origins.length; i++) {
                FittedModel model = refits != null ? refits.fit(origins[i])
                        : candidate.forecaster().fit(Arrays.copyOfRange(y, 0, origins[i]), m);
                forecasts[i] = finite(model.forecast(h).mean());
            }
        } catch (RuntimeException e) {
            return new Backtest.Trial(candidate, null, null, failedScore(candidate, origins));
        }
        return new Backtest.Trial(candidate, whole, forecasts, score(candidate.name(), forecasts, y, m, origins));
    }

    /** The regression's backtest on the regressors up to each origin, and its fit to the whole series. */
    private Backtest.Trial backtest(Candidate candidate, double[] y, int m, int[] origins,
            RegressionWithArimaErrors regression, Regressors regressors) {
        int h = settings.horizon();
        double[][] forecasts = new double[origins.length][];
        FittedModel whole;
        try {
            whole = regression.fit(y, m, regressors);
            for (int i = 0; i < origins.length; i++) {
                forecasts[i] = finite(regression.fit(Arrays.copyOf(y, origins[i]), m, regressors.head(origins[i]))
                        .forecast(h).mean());
            }
        } catch (RuntimeException e) {
            return new Backtest.Trial(candidate, null, null, failedScore(candidate, origins));
        }
        return new Backtest.Trial(candidate, whole, forecasts, score(candidate.name(), forecasts, y, m, origins));
    }

    private static double[] finite(double[] forecast) {
        for (double f : forecast) {
            if (!Double.isFinite(f)) {
                throw new ArithmeticException("non-finite forecast");
            }
        }
        return forecast;
    }

    private static BacktestScore failedScore(Candidate candidate, int[] origins) {
        return new BacktestScore(candidate.name(), Double.NaN, Double.NaN, Double.NaN, origins.length, true);
    }

    private BacktestScore score(String method, double[][] forecasts, double[] y, int m, int[] origins) {
        int h = settings.horizon();
        double mase = 0;
        int maseCount = 0;
        double smape = 0;
        double mae = 0;
        for (int i = 0; i < origins.length; i++) {
            double[] train = Arrays.copyOfRange(y, 0, origins[i]);
            double[] actual = Arrays.copyOfRange(y, origins[i], origins[i] + h);
            double originMase = AccuracyMetrics.mase(train, m, actual, forecasts[i]);
            if (!Double.isNaN(originMase)) {
                mase += originMase;
                maseCount++;
            }
            smape += AccuracyMetrics.smape(actual, forecasts[i]);
            double absolute = 0;
            for (int t = 0; t < h; t++) {
                absolute += Math.abs(actual[t] - forecasts[i][t]);
            }
            mae += absolute / h;
        }
        return new BacktestScore(method, maseCount > 0 ? mase / maseCount : Double.NaN, smape / origins.length,
                mae / origins.length, origins.length, false);
    }

    private BacktestScore combinedScore(String method, List<Backtest.Trial> members, Combination combination,
            double[] y, int m, int[] origins) {
        int h = settings.horizon();
        double[][] combined = new double[origins.length][h];
        double[] values = new double[members.size()];
        for (int i = 0; i < origins.length; i++) {
            for (int t = 0; t < h; t++) {
                for (int k = 0; k < members.size(); k++) {
                    values[k] = members.get(k).forecasts()[i][t];
                }
                combined[i][t] = combination.of(values);
            }
        }
        return score(method, combined, y, m, origins);
    }

    /** Successful trials by MASE (by MAE when MASE is undefined), ties in candidate order; failed ones last. */
    private static List<Backtest.Trial> rank(List<Backtest.Trial> trials) {
        boolean byMase = trials.stream().noneMatch(t -> !t.score().failed() && Double.isNaN(t.score().mase()));
        Comparator<Backtest.Trial> order = Comparator.comparing((Backtest.Trial t) -> t.score().failed())
                .thenComparingDouble(t -> byMase ? t.score().mase() : t.score().mae());
        return trials.stream().sorted(order).toList();
    }
}
