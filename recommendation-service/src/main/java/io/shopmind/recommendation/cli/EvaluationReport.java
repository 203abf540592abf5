package io.shopmind.recommendation.cli;

import io.shopmind.recommendation.evaluation.RankingMetrics;
import java.util.List;
import java.util.Locale;

/**
 * The results of one evaluation run, printable as a table and as JSON.
 *
 * @param data       where the interactions came from
 * @param split      how they were split
 * @param scoring    how test users were scored: {@code folded} into the served model, or {@code trained}
 * @param seed       the run's seed
 * @param users      users in the index
 * @param items      items in the index
 * @param trainCells training (user, item) cells
 * @param testCells  test cells
 * @param results    one entry per algorithm, in the order run
 */
record EvaluationReport(String data, String split, String scoring, long seed, int users, int items, int trainCells,
        int testCells, List<AlgorithmResult> results) {

    public EvaluationReport {
        results = List.copyOf(results);
    }

    /** A fixed-width table, one row per algorithm. */
    public String toTable() {
        StringBuilder out = new StringBuilder();
        int k = results.isEmpty() ? 0 : results.get(0).metrics().k();
        out.append(String.format(Locale.ROOT,
                "data %s, split %s, users %s, seed %d: %d users, %d items, %d train / %d test cells%n", data, split,
                scoring, seed, users, items, trainCells, testCells));
        int width = 11;
        for (AlgorithmResult r : results) {
            width = Math.max(width, r.algorithm().length());
        }
        String name = "%-" + width + "s";
        out.append(String.format(Locale.ROOT, name + " %8s %8s %8s %8s %8s %8s %8s %6s %8s %8s%n", "algorithm",
                "nDCG@" + k, "P@" + k, "R@" + k, "MAP", "MAP@" + k, "HR@" + k, "coverage", "users", "fit s",
                "rank s"));
        for (AlgorithmResult r : results) {
            RankingMetrics m = r.metrics();
            out.append(String.format(Locale.ROOT, name + " %8.4f %8.4f %8.4f %8.4f %8.4f %8.4f %8.4f %6d %8.2f %8.2f%n",
                    r.algorithm(), m.ndcg(), m.precision(), m.recall(), m.map(), m.mapAtK(), m.hitRate(),
                    m.coverage(), m.users(), r.fitSeconds(), r.evaluateSeconds()));
        }
        for (AlgorithmResult r : results) {
            out.append(String.format(Locale.ROOT, "  %s: %s%n", r.algorithm(), r.label()));
        }
        return out.toString();
    }

    public String toJson() {
        StringBuilder out = new StringBuilder();
        out.append("{\n");
        out.append("  \"data\": ").append(quote(data)).append(",\n");
        out.append("  \"split\": ").append(quote(split)).append(",\n");
        out.append("  \"scoring\": ").append(quote(scoring)).append(",\n");
        out.append("  \"seed\": ").append(seed).append(",\n");
        out.append("  \"users\": ").append(users).append(",\n");
        out.append("  \"items\": ").append(items).append(",\n");
        out.append("  \"trainCells\": ").append(trainCells).append(",\n");
        out.append("  \"testCells\": ").append(testCells).append(",\n");
        out.append("  \"results\": [");
        for (int r = 0; r < results.size(); r++) {
            AlgorithmResult result = results.get(r);
            RankingMetrics m = result.metrics();
            out.append(r == 0 ? "\n" : ",\n");
            out.append("    {\"algorithm\": ").append(quote(result.algorithm()))
                    .append(", \"label\": ").append(quote(result.label()))
                    .append(", \"k\": ").append(m.k())
                    .append(", \"users\": ").append(m.users())
                    .append(", \"ndcg\": ").append(number(m.ndcg()))
                    .append(", \"precision\": ").append(number(m.precision()))
                    .append(", \"recall\": ").append(number(m.recall()))
                    .append(", \"map\": ").append(number(m.map()))
                    .append(", \"mapAtK\": ").append(number(m.mapAtK()))
                    .append(", \"hitRate\": ").append(number(m.hitRate()))
                    .append(", \"coverage\": ").append(number(m.coverage()))
                    .append(", \"fitSeconds\": ").append(number(result.fitSeconds()))
                    .append(", \"evaluateSeconds\": ").append(number(result.evaluateSeconds()))
                    .append('}');
        }
        out.append(results.isEmpty() ? "]\n" : "\n  ]\n");
        out.append("}\n");
        return out.toString();
    }

    private static String number(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.6f", value) : "null";
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int c = 0; c < text.length(); c++) {
            char ch = text.charAt(c);
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
