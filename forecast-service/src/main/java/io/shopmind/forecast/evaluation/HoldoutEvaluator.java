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
        if (series == null || series.isEmpty()) {
            throw new IllegalArgumentException("series must not be empty");
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
        List<SeriesScore> naive2Scores = new ArrayList<>();
        for (HoldoutSeries s : series) {
            naive2Scores.add(score(s, "Naive2", new Naive2(), null));
        }
        ModelSummary naive2 = summarise("Naive2", naive2Scores, null);
        List<ModelSummary> summaries = new ArrayList<>();
        List<SeriesScore> all = new ArrayList<>();
        for (Candidate candidate : candidates) {
            List<SeriesScore> scores = new ArrayList<>();
            for (int i = 0; i < series.size(); i++) {
                scores.add(score(series.get(i), candidate.name(), candidate.forecaster(), naive2Scores.get(i)));
            }
            summaries.add(summarise(candidate.name(), scores, naive2));
            all.addAll(scores);
        }
        return new EvaluationReport(horizon, levels.clone(), naive2, List.copyOf(summaries), List.copyOf(all), byId);
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
