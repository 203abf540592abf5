package io.shopmind.forecast.selection;

import io.shopmind.forecast.baseline.GaussianIntervals;
import io.shopmind.forecast.baseline.Naive;
import io.shopmind.forecast.ets.Ets;
import io.shopmind.forecast.evaluation.AccuracyMetrics;
import io.shopmind.forecast.evaluation.Candidate;
import io.shopmind.forecast.model.FittedModel;
import io.shopmind.forecast.model.Forecaster;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses a model per series by a rolling-origin backtest (Tashman 2000, "Out-of-sample tests of forecasting
 * accuracy: an analysis and review", IJF 16(4)): each candidate is fitted to the observations before each origin and
 * forecasts the next {@code horizon} ones; the candidate with the lowest mean MASE (Hyndman &amp; Koehler 2006) is
 * fitted to the whole series. With {@code combine = k > 1} the best k are fitted and their forecasts combined.
 * Automatic ETS is fitted to the whole series first and its origin fits start from there ({@link Ets#refits}); the
 * model served is always the plain fit. Deterministic: the same series and settings give the same choice.
 */
public final class ModelSelector implements Forecaster {

    private static final Candidate FALLBACK = new Candidate("Naive", new Naive());

    private final SelectionSettings settings;
    // the backtest of the series each thread chose for last, for choosing again with another number of members
    private final ThreadLocal<Backtest> lastBacktest = new ThreadLocal<>();

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

    public Selection select(double[] y, int seasonalPeriod) {
        return select(y, seasonalPeriod, settings.combine());
    }

    /**
     * This selector keeping {@code members} models instead of the settings' number (1 selects the single best). It
     * shares the backtests with the selector: choosing for the same series again, on the same thread, reuses them,
     * so evaluating the selection and the combination costs one backtest per series.
     */
    public Forecaster keeping(int members) {
        if (members < 1) {
            throw new IllegalArgumentException("members must be at least 1, got " + members);
        }
        return (y, seasonalPeriod) -> select(y, seasonalPeriod, members).model();
    }

    private Selection select(double[] y, int seasonalPeriod, int combine) {
        GaussianIntervals.checkSeries(y, seasonalPeriod, 1);
        Backtest backtest = backtest(y, seasonalPeriod);
        boolean intermittent = backtest.intermittent();
        int[] origins = backtest.origins();
        if (origins.length == 0) {
            // too short to backtest: the naive method needs no history to speak of
            return new Selection(FALLBACK.name(), FALLBACK.forecaster().fit(y, seasonalPeriod), null, List.of(),
                    intermittent);
        }
        List<Trial> ranked = backtest.ranked();
        List<BacktestScore> scores = ranked.stream().map(Trial::score).toList();
        List<Trial> members = new ArrayList<>();
        List<FittedModel> fitted = new ArrayList<>();
        for (Trial trial : ranked) {
            if (trial.score().failed() || members.size() == combine) {
                break;
            }
            try {
                fitted.add(trial.whole() != null ? trial.whole()
                        : trial.candidate().forecaster().fit(y, seasonalPeriod));
                members.add(trial);
            } catch (RuntimeException e) {
                // a method that backtested but cannot fit the whole series leaves its place to the next one
            }
        }
        if (members.isEmpty()) {
            return new Selection(FALLBACK.name(), FALLBACK.forecaster().fit(y, seasonalPeriod), null, scores,
                    intermittent);
        }
        if (members.size() == 1) {
            return new Selection(members.get(0).candidate().name(), fitted.get(0), members.get(0).score(), scores,
                    intermittent);
        }
        CombinedModel combined = new CombinedModel(settings.combination(), fitted);
        String method = settings.combination() == Combination.MEDIAN ? "Median" : "Mean";
        method += members.stream().map(t -> t.candidate().name()).toList().toString()
                .replace('[', '(').replace(']', ')');
        return new Selection(method, combined, combinedScore(method, members, y, seasonalPeriod, origins), scores,
                intermittent);
    }

    /** Every candidate's backtest on {@code y}, ranked; the thread's last one again when {@code y} is the same. */
    private Backtest backtest(double[] y, int seasonalPeriod) {
        Backtest last = lastBacktest.get();
        if (last != null && last.seasonalPeriod() == seasonalPeriod && Arrays.equals(last.y(), y)) {
            return last;
        }
        boolean intermittent = isIntermittent(y, settings.intermittentShare());
        List<Candidate> candidates = candidatesFor(intermittent, y.length <= settings.shortLength());
        int[] origins = origins(y.length, seasonalPeriod);
        List<Trial> trials = new ArrayList<>(candidates.size());
        if (origins.length > 0) {
            for (Candidate candidate : candidates) {
                trials.add(backtest(candidate, y, seasonalPeriod, origins));
            }
        }
        Backtest backtest = new Backtest(y.clone(), seasonalPeriod, intermittent, origins, rank(trials));
        lastBacktest.set(backtest);
        return backtest;
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

    private List<Candidate> candidatesFor(boolean intermittent, boolean isShort) {
        Map<String, Candidate> byName = new LinkedHashMap<>();
        if (isShort) {
            settings.shortCandidates().forEach(c -> byName.putIfAbsent(c.name(), c));
        }
        settings.candidates().forEach(c -> byName.putIfAbsent(c.name(), c));
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
    private Trial backtest(Candidate candidate, double[] y, int m, int[] origins) {
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
                forecasts[i] = model.forecast(h).mean();
                for (double f : forecasts[i]) {
                    if (!Double.isFinite(f)) {
                        throw new ArithmeticException("non-finite forecast");
                    }
                }
            }
        } catch (RuntimeException e) {
            return new Trial(candidate, null, null,
                    new BacktestScore(candidate.name(), Double.NaN, Double.NaN, Double.NaN, origins.length, true));
        }
        return new Trial(candidate, whole, forecasts, score(candidate.name(), forecasts, y, m, origins));
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

    private BacktestScore combinedScore(String method, List<Trial> members, double[] y, int m, int[] origins) {
        int h = settings.horizon();
        double[][] combined = new double[origins.length][h];
        double[] values = new double[members.size()];
        for (int i = 0; i < origins.length; i++) {
            for (int t = 0; t < h; t++) {
                for (int k = 0; k < members.size(); k++) {
                    values[k] = members.get(k).forecasts()[i][t];
                }
                combined[i][t] = settings.combination().of(values);
            }
        }
        return score(method, combined, y, m, origins);
    }

    /** Successful trials by MASE (by MAE when MASE is undefined), ties in candidate order; failed ones last. */
    private static List<Trial> rank(List<Trial> trials) {
        boolean byMase = trials.stream().noneMatch(t -> !t.score().failed() && Double.isNaN(t.score().mase()));
        Comparator<Trial> order = Comparator.comparing((Trial t) -> t.score().failed())
                .thenComparingDouble(t -> byMase ? t.score().mase() : t.score().mae());
        return trials.stream().sorted(order).toList();
    }

    /** The backtests of one series: its candidates' trials, best first. */
    private record Backtest(double[] y, int seasonalPeriod, boolean intermittent, int[] origins, List<Trial> ranked) {
    }

    /** A candidate's backtest, and its fit to the whole series when the backtest made one. */
    private record Trial(Candidate candidate, FittedModel whole, double[][] forecasts, BacktestScore score) {
    }
}
