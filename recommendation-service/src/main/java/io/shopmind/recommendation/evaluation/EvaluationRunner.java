package io.shopmind.recommendation.evaluation;

import io.shopmind.recommendation.interaction.InteractionMatrix;
import io.shopmind.recommendation.model.RecommendationModel;
import io.shopmind.recommendation.model.Recommender;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Trains each recommender on a split's training cells and evaluates it on the test cells. */
public final class EvaluationRunner {

    private EvaluationRunner() {
    }

    public static List<AlgorithmResult> run(Split split, List<Recommender> recommenders, int k, int threads) {
        List<AlgorithmResult> results = new ArrayList<>();
        for (Recommender recommender : recommenders) {
            long start = System.nanoTime();
            RecommendationModel model = recommender.fit(split.train());
            long fitted = System.nanoTime();
            int[][] lists = RankingEvaluator.recommendAll(model, split.test(), split.validation(), k, threads);
            long ranked = System.nanoTime();
            RankingMetrics metrics = RankingEvaluator.metrics(lists, split.train(), split.test(), k);
            String name = model instanceof HoldoutSelection.Selected selected
                    ? recommender.name() + "[" + selected.label() + "]"
                    : recommender.name();
            results.add(new AlgorithmResult(name, metrics, (fitted - start) / 1e9, (ranked - fitted) / 1e9,
                    lists));
        }
        return results;
    }

    /** Writes top-k lists as CSV {@code user,item,rank} with external ids and 1-based ranks. */
    public static void writeTopK(int[][] recommendations, InteractionMatrix matrix, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("user,item,rank\n");
            for (int u = 0; u < recommendations.length; u++) {
                int[] list = recommendations[u];
                if (list == null) {
                    continue;
                }
                String user = csv(matrix.users().idOf(u));
                for (int r = 0; r < list.length; r++) {
                    out.write(user);
                    out.write(',');
                    out.write(csv(matrix.items().idOf(list[r])));
                    out.write(',');
                    out.write(Integer.toString(r + 1));
                    out.write('\n');
                }
            }
        }
    }

    private static String csv(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
