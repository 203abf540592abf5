package io.shopmind.supportbot.model;

import io.shopmind.supportbot.understanding.ClassificationMetrics;
import io.shopmind.supportbot.understanding.IntentChange;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a training produced: the held-out validation scores as served (calibrated, with the out-of-scope threshold),
 * and each intent's change against the model it replaced.
 *
 * @param worse the intents whose validation F1 dropped
 */
public record ModelReport(int version, Instant createdAt, int examples, int intents, String features,
        double temperature, double threshold, long trainingMillis, Scores validation, List<IntentChange> changes,
        List<String> worse) {

    /** Validation scores; {@code f1} by intent. */
    public record Scores(int examples, double inScopeAccuracy, double outOfScopeRecall, double macroF1,
            Map<String, Double> f1) {

        static Scores of(ClassificationMetrics metrics) {
            Map<String, Double> f1 = new java.util.TreeMap<>();
            metrics.perIntent().forEach((intent, score) -> f1.put(intent, score.f1()));
            return new Scores(metrics.examples(), finite(metrics.inScopeAccuracy()),
                    finite(metrics.outOfScopeRecall()), finite(metrics.macroF1()), f1);
        }

        private static double finite(double value) {
            return Double.isFinite(value) ? value : 0;
        }
    }
}
