package io.shopmind.supportbot.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * How one intent's validation F1 moved from the previous model to a new one; null F1 where a model did not have
 * the intent.
 */
public record IntentChange(String intent, Double previousF1, Double f1) {

    /** Worse by more than {@link #TOLERANCE}, or gone. */
    public static final double TOLERANCE = 0.005;

    public boolean worse() {
        return previousF1 != null && (f1 == null || f1 < previousF1 - TOLERANCE);
    }

    /** Every intent of either model, in name order. */
    public static List<IntentChange> between(Map<String, Double> previous, Map<String, Double> current) {
        List<IntentChange> changes = new ArrayList<>();
        TreeSet<String> intents = new TreeSet<>(previous.keySet());
        intents.addAll(current.keySet());
        for (String intent : intents) {
            changes.add(new IntentChange(intent, previous.get(intent), current.get(intent)));
        }
        return changes;
    }

    /** A per-intent table as a retrain prints it, the worse ones marked. */
    public static String table(List<IntentChange> changes) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-28s %9s %9s %8s%n", "intent",
                "before F1", "after F1", "change"));
        for (IntentChange change : changes) {
            out.append(String.format(Locale.ROOT, "%-28s %9s %9s %8s%s%n", change.intent(), format(change.previousF1()),
                    format(change.f1()), change.previousF1() == null || change.f1() == null ? "" : String.format(
                            Locale.ROOT, "%+.3f", change.f1() - change.previousF1()), change.worse() ? "  WORSE" : ""));
        }
        return out.toString();
    }

    private static String format(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }
}
