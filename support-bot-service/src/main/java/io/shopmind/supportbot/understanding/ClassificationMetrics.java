package io.shopmind.supportbot.understanding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores of predicted labels against true ones, as Larson et al. (2019, §5) report them: accuracy on in-scope
 * examples, recall and precision of the out-of-scope label, plus macro-F1 over every true label (the out-of-scope
 * one included) and the most frequent confusions.
 *
 * @param perIntent by intent: precision, recall, F1 and support
 */
public record ClassificationMetrics(int examples, double accuracy, double inScopeAccuracy, double outOfScopeRecall,
        double outOfScopePrecision, double macroF1, Map<String, IntentScore> perIntent, List<Confusion> confusions) {

    public record IntentScore(double precision, double recall, double f1, int support) {
    }

    /** {@code count} examples of {@code actual} were predicted as {@code predicted}. */
    public record Confusion(String actual, String predicted, int count) {
    }

    public static ClassificationMetrics of(List<String> truth, List<String> predicted, String outOfScopeLabel) {
        if (truth.size() != predicted.size()) {
            throw new IllegalArgumentException("truth and predictions differ in length");
        }
        int n = truth.size();
        int correct = 0;
        int inScope = 0;
        int inScopeCorrect = 0;
        int oos = 0;
        int oosCaught = 0;
        int predictedOos = 0;
        Map<String, int[]> counts = new TreeMap<>(); // true positives, predicted, actual
        Map<List<String>, Integer> confused = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String t = truth.get(i);
            String p = predicted.get(i);
            boolean hit = t.equals(p);
            correct += hit ? 1 : 0;
            counts.computeIfAbsent(t, k -> new int[3])[2]++;
            counts.computeIfAbsent(p, k -> new int[3])[1]++;
            if (hit) {
                counts.get(t)[0]++;
            } else {
                confused.merge(List.of(t, p), 1, Integer::sum);
            }
            if (t.equals(outOfScopeLabel)) {
                oos++;
                oosCaught += hit ? 1 : 0;
            } else {
                inScope++;
                inScopeCorrect += hit ? 1 : 0;
            }
            predictedOos += p.equals(outOfScopeLabel) ? 1 : 0;
        }
        Map<String, IntentScore> perIntent = new TreeMap<>();
        double f1Sum = 0;
        for (String label : new TreeSet<>(counts.keySet())) {
            int[] c = counts.get(label);
            if (c[2] == 0) {
                continue; // predicted but never true: counts against precision of nothing in macro-F1
            }
            double precision = c[1] == 0 ? 0 : (double) c[0] / c[1];
            double recall = (double) c[0] / c[2];
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            perIntent.put(label, new IntentScore(precision, recall, f1, c[2]));
            f1Sum += f1;
        }
        List<Confusion> confusions = new ArrayList<>();
        confused.forEach((pair, count) -> confusions.add(new Confusion(pair.get(0), pair.get(1), count)));
        confusions.sort(Comparator.comparingInt(Confusion::count).reversed()
                .thenComparing(Confusion::actual).thenComparing(Confusion::predicted));
        return new ClassificationMetrics(n, ratio(correct, n), ratio(inScopeCorrect, inScope), ratio(oosCaught, oos),
                ratio(oosCaught, predictedOos), perIntent.isEmpty() ? 0 : f1Sum / perIntent.size(), perIntent,
                List.copyOf(confusions));
    }

    private static double ratio(int a, int b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }
}
