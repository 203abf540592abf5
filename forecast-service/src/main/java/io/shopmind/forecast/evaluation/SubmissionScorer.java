package io.shopmind.forecast.evaluation;

import io.shopmind.forecast.baseline.Naive2;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scores point forecasts that were made elsewhere (a competition's submissions, or our own raw forecasts read back
 * from their CSV) exactly as {@link HoldoutEvaluator} scores its models: sMAPE and MASE per series, averaged over
 * the series, and OWA against Naive2 fitted here to the same training parts (M4 Competitor's Guide, 2018). A method
 * that left a series out (or any of its steps) is scored on the series it covered, and its OWA is relative to
 * Naive2 on those same series, so a partial submission is neither helped nor hurt by the series it skipped.
 */
public final class SubmissionScorer {

    private SubmissionScorer() {
    }

    /**
     * One series' training part and holdout.
     *
     * @param id             the series
     * @param training       observations before the holdout, oldest first
     * @param actual         the held-out observations
     * @param seasonalPeriod observations per season, MASE's lag and Naive2's season
     */
    public record Heldout(String id, double[] training, double[] actual, int seasonalPeriod) {
    }

    /**
     * One method's scores.
     *
     * @param method  the method's name
     * @param series  series it was scored on
     * @param missing series it had no complete forecast for
     * @param smape   mean sMAPE in percent
     * @param mase    mean MASE
     * @param owa     OWA relative to Naive2 on the same series
     * @param naive2Smape Naive2's mean sMAPE on the same series
     * @param naive2Mase  Naive2's mean MASE on the same series
     */
    public record Score(String method, int series, int missing, double smape, double mase, double owa,
                        double naive2Smape, double naive2Mase) {
    }

    /**
     * @param series    the held-out series
     * @param forecasts per method, per series id, the forecast of every held-out step (an absent series or a
     *                  forecast holding NaN counts as missing)
     */
    public static List<Score> score(List<Heldout> series, Map<String, Map<String, double[]>> forecasts) {
        List<double[]> naive2 = new ArrayList<>(series.size());
        for (Heldout s : series) {
            naive2.add(new Naive2().fit(s.training(), s.seasonalPeriod()).forecast(s.actual().length).mean());
        }
        List<Score> scores = new ArrayList<>();
        for (Map.Entry<String, Map<String, double[]>> method : forecasts.entrySet()) {
            double smape = 0;
            double mase = 0;
            double naiveSmape = 0;
            double naiveMase = 0;
            int count = 0;
            int maseCount = 0;
            for (int i = 0; i < series.size(); i++) {
                Heldout s = series.get(i);
                double[] forecast = method.getValue().get(s.id());
                if (!complete(forecast, s.actual().length)) {
                    continue;
                }
                count++;
                smape += AccuracyMetrics.smape(s.actual(), forecast);
                naiveSmape += AccuracyMetrics.smape(s.actual(), naive2.get(i));
                double m = AccuracyMetrics.mase(s.training(), s.seasonalPeriod(), s.actual(), forecast);
                if (!Double.isNaN(m)) {
                    mase += m;
                    naiveMase += AccuracyMetrics.mase(s.training(), s.seasonalPeriod(), s.actual(), naive2.get(i));
                    maseCount++;
                }
            }
            if (count == 0) {
                scores.add(new Score(method.getKey(), 0, series.size(), Double.NaN, Double.NaN, Double.NaN,
                        Double.NaN, Double.NaN));
                continue;
            }
            smape /= count;
            naiveSmape /= count;
            mase = maseCount > 0 ? mase / maseCount : Double.NaN;
            naiveMase = maseCount > 0 ? naiveMase / maseCount : Double.NaN;
            scores.add(new Score(method.getKey(), count, series.size() - count, smape, mase,
                    AccuracyMetrics.owa(smape, mase, naiveSmape, naiveMase), naiveSmape, naiveMase));
        }
        return List.copyOf(scores);
    }

    private static boolean complete(double[] forecast, int horizon) {
        if (forecast == null || forecast.length != horizon) {
            return false;
        }
        for (double f : forecast) {
            if (!Double.isFinite(f)) {
                return false;
            }
        }
        return true;
    }
}
