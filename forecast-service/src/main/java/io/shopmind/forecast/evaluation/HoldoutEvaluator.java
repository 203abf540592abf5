package io.shopmind.forecast.evaluation;

import io.shopmind.forecast.baseline.GaussianIntervals;
import io.shopmind.forecast.baseline.Naive2;
import io.shopmind.forecast.model.FittedModel;
import io.shopmind.forecast.model.Forecast;
import io.shopmind.forecast.model.Forecaster;
import io.shopmind.forecast.model.Progress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Holdout evaluation as in the M4 competition: each series' last {@code horizon} observations are
 * held out, every candidate is fitted to the rest and scored by sMAPE, MASE and interval coverage,
 * and OWA is computed against Naive2 from the averages over all series (M4 Competitor's Guide, 2018).
 * When a candidate fails on a series, Naive2's forecast stands in and the failure is counted, so all
 * candidates are averaged over the same series. Methods that share one fit ({@link SharedFit}: the ways of choosing
 * from one backtest, models trained across series) are fitted once to all training parts and scored after the
 * candidates, in the order given.
 *
 * @param candidates the models fitted to each series alone
 * @param shared     the methods fitted together
 * @param horizon    observations held out per series
 * @param levels     interval levels in percent
 */
public record HoldoutEvaluator(List<Candidate> candidates, List<SharedFit> shared, int horizon, double... levels) {

    public HoldoutEvaluator {
        if (candidates == null || shared == null || candidates.isEmpty() && shared.isEmpty()) {
            throw new IllegalArgumentException("candidates must not be empty");
        }
        candidates = List.copyOf(candidates);
        shared = List.copyOf(shared);
        GaussianIntervals.checkForecastArguments(horizon, levels);
        levels = levels.clone();
    }

    public HoldoutEvaluator(List<Candidate> candidates, int horizon, double... levels) {
        this(candidates, List.of(), horizon, levels);
    }

    public EvaluationReport evaluate(List<HoldoutSeries> series) {
        return evaluate(series, 1, Progress.NONE);
    }

    public EvaluationReport evaluate(List<HoldoutSeries> series, int threads) {
        return evaluate(series, threads, Progress.NONE);
    }

    /**
     * Evaluates the series on {@code threads} threads, one series at a time each; the report is the same whatever
     * the number of threads. {@code progress} hears of the series done, first of the candidates fitted alone, then of
     * each shared fit.
     */
    public EvaluationReport evaluate(List<HoldoutSeries> series, int threads, Progress progress) {
        if (series == null || series.isEmpty()) {
            throw new IllegalArgumentException("series must not be empty");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        Map<String, HoldoutSeries> byId = new LinkedHashMap<>();
        for (HoldoutSeries s : series) {
            if (s.values().length < horizon + 2) {
                throw new IllegalArgumentException("series " + s.id() + " must be longer than horizon + 1 (" + horizon + ")");
            }
            if (byId.put(s.id(), s) != null) {
                throw new IllegalArgumentException("series ids must be unique, " + s.id() + " repeats");
            }
        }
        List<List<SeriesScore>> perSeries = inParallel(series, threads, progress);
        for (SharedFit fit : shared) {
            List<List<FittedModel>> models = fitShared(fit, series, threads, progress);
            for (int i = 0; i < series.size(); i++) {
                SeriesScore naive2 = perSeries.get(i).get(0);
                for (int k = 0; k < fit.names().size(); k++) {
                    FittedModel model = models.get(i).get(k);
                    perSeries.get(i).add(score(series.get(i), fit.names().get(k), (y, m) -> model, naive2));
                }
            }
        }
        List<String> names = new ArrayList<>(candidates.stream().map(Candidate::name).toList());
        shared.forEach(fit -> names.addAll(fit.names()));
        List<SeriesScore> naive2Scores = perSeries.stream().map(scores -> scores.get(0)).toList();
        ModelSummary naive2 = summarise("Naive2", naive2Scores, null);
        List<ModelSummary> summaries = new ArrayList<>();
        List<SeriesScore> all = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            int column = c + 1;
            List<SeriesScore> scores = perSeries.stream().map(s -> s.get(column)).toList();
            summaries.add(summarise(names.get(c), scores, naive2));
            all.addAll(scores);
        }
        return new EvaluationReport(horizon, levels.clone(), naive2, List.copyOf(summaries), List.copyOf(all), byId);
    }

    /** The shared fit of every series' training part, grouped by seasonal period; null models where it failed. */
    private List<List<FittedModel>> fitShared(SharedFit fit, List<HoldoutSeries> series, int threads,
            Progress progress) {
        Map<Integer, List<Integer>> byPeriod = new LinkedHashMap<>();
        for (int i = 0; i < series.size(); i++) {
            byPeriod.computeIfAbsent(series.get(i).seasonalPeriod(), p -> new ArrayList<>()).add(i);
        }
        List<List<FittedModel>> models = new ArrayList<>(java.util.Collections.nCopies(series.size(), null));
        AtomicInteger done = new AtomicInteger();
        for (Map.Entry<Integer, List<Integer>> group : byPeriod.entrySet()) {
            List<double[]> training = group.getValue().stream()
                    .map(i -> Arrays.copyOf(series.get(i).values(), series.get(i).values().length - horizon)).toList();
            int before = done.get();
            List<List<FittedModel>> fitted = fit.fitAll(training, group.getKey(), threads,
                    (finished, total) -> progress.advanced(before + finished, series.size()));
            done.addAndGet(training.size());
            for (int j = 0; j < training.size(); j++) {
                models.set(group.getValue().get(j), fitted.get(j));
            }
        }
        return models;
    }

    /** Per series, in the input's order: Naive2's score, then each candidate's. */
    private List<List<SeriesScore>> inParallel(List<HoldoutSeries> series, int threads, Progress progress) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        AtomicInteger done = new AtomicInteger();
        try {
            return pool.submit(() -> series.parallelStream().map(s -> {
                List<SeriesScore> scores = scores(s);
                progress.advanced(done.incrementAndGet(), series.size());
                return scores;
            }).toList()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("evaluation was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private List<SeriesScore> scores(HoldoutSeries s) {
        List<SeriesScore> scores = new ArrayList<>(candidates.size() + 1);
        SeriesScore naive2 = score(s, "Naive2", new Naive2(), null);
        scores.add(naive2);
        for (Candidate candidate : candidates) {
            scores.add(score(s, candidate.name(), candidate.forecaster(), naive2));
        }
        return scores;
    }

    private SeriesScore score(HoldoutSeries s, String name, Forecaster forecaster, SeriesScore fallback) {
        int n = s.values().length - horizon;
        double[] train = Arrays.copyOfRange(s.values(), 0, n);
        double[] actual = Arrays.copyOfRange(s.values(), n, s.values().length);
        Forecast forecast;
        boolean failed = false;
        try {
            FittedModel model = forecaster.fit(train, s.seasonalPeriod());
            if (model == null) {
                throw new IllegalStateException(name + " has no model of series " + s.id());
            }
            forecast = model.forecast(horizon, levels);
        } catch (RuntimeException e) {
            if (fallback == null) {
                throw e;
            }
            forecast = fallback.forecast();
            failed = true;
        }
        double[] coverage = new double[levels.length];
        for (int i = 0; i < levels.length; i++) {
            var interval = forecast.interval(levels[i]);
            coverage[i] = AccuracyMetrics.coverage(actual, interval.lower(), interval.upper());
        }
        return new SeriesScore(s.id(), name, forecast, actual, AccuracyMetrics.smape(actual, forecast.mean()),
                AccuracyMetrics.mase(train, s.seasonalPeriod(), actual, forecast.mean()), coverage, failed);
    }

    private ModelSummary summarise(String name, List<SeriesScore> scores, ModelSummary naive2) {
        double smape = 0;
        double mase = 0;
        int maseCount = 0;
        int failures = 0;
        double[] coverage = new double[levels.length];
        for (SeriesScore score : scores) {
            smape += score.smape();
            if (!Double.isNaN(score.mase())) {
                mase += score.mase();
                maseCount++;
            }
            for (int i = 0; i < levels.length; i++) {
                coverage[i] += score.coverage()[i] / scores.size();
            }
            failures += score.failed() ? 1 : 0;
        }
        smape /= scores.size();
        mase = maseCount > 0 ? mase / maseCount : Double.NaN;
        double owa = naive2 == null ? 1.0 : AccuracyMetrics.owa(smape, mase, naive2.smape(), naive2.mase());
        return new ModelSummary(name, scores.size(), failures, smape, mase, owa, coverage);
    }
}
