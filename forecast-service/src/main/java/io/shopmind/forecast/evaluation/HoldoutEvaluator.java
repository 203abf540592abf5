package io.shopmind.forecast.evaluation;

import io.shopmind.forecast.baseline.GaussianIntervals;
import io.shopmind.forecast.baseline.Naive2;
import io.shopmind.forecast.model.Forecast;
import io.shopmind.forecast.model.Forecaster;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/**
 * Holdout evaluation as in the M4 competition: each series' last {@code horizon} observations are
 * held out, every candidate is fitted to the rest and scored by sMAPE, MASE and interval coverage,
 * and OWA is computed against Naive2 from the averages over all series (M4 Competitor's Guide, 2018).
 * When a candidate fails on a series, Naive2's forecast stands in and the failure is counted, so all
 * candidates are averaged over the same series.
 *
 * @param candidates the models to compare
 * @param horizon    observations held out per series
 * @param levels     interval levels in percent
 */
public record HoldoutEvaluator(List<Candidate> candidates, int horizon, double... levels) {

    public HoldoutEvaluator {
        if (candidates == null || candidates.isEmpty()) {
            throw new IllegalArgumentException("candidates must not be empty");
        }
        candidates = List.copyOf(candidates);
        GaussianIntervals.checkForecastArguments(horizon, levels);
        levels = levels.clone();
    }

    public EvaluationReport evaluate(List<HoldoutSeries> series) {
        return evaluate(series, 1);
    }

    /**
     * Evaluates the series on {@code threads} threads, one series at a time each; the report is the same whatever
     * the number of threads.
     */
    public EvaluationReport evaluate(List<HoldoutSeries> series, int threads) {
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
        List<List<SeriesScore>> perSeries = inParallel(series, threads);
        List<SeriesScore> naive2Scores = perSeries.stream().map(scores -> scores.get(0)).toList();
        ModelSummary naive2 = summarise("Naive2", naive2Scores, null);
        List<ModelSummary> summaries = new ArrayList<>();
        List<SeriesScore> all = new ArrayList<>();
        for (int c = 0; c < candidates.size(); c++) {
            int column = c + 1;
            List<SeriesScore> scores = perSeries.stream().map(s -> s.get(column)).toList();
            summaries.add(summarise(candidates.get(c).name(), scores, naive2));
            all.addAll(scores);
        }
        return new EvaluationReport(horizon, levels.clone(), naive2, List.copyOf(summaries), List.copyOf(all), byId);
    }

    /** Per series, in the input's order: Naive2's score, then each candidate's. */
    private List<List<SeriesScore>> inParallel(List<HoldoutSeries> series, int threads) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> series.parallelStream().map(this::scores).toList()).get();
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
            forecast = forecaster.fit(train, s.seasonalPeriod()).forecast(horizon, levels);
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
