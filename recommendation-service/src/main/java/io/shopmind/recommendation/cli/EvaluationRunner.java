package io.shopmind.recommendation.cli;

import io.shopmind.recommendation.algorithm.AlgorithmSpec;
import io.shopmind.recommendation.algorithm.Algorithms;
import io.shopmind.recommendation.algorithm.Tuning;
import io.shopmind.recommendation.evaluation.RankingEvaluator;
import io.shopmind.recommendation.evaluation.RankingMetrics;
import io.shopmind.recommendation.evaluation.Split;
import io.shopmind.recommendation.interaction.IdIndex;
import io.shopmind.recommendation.interaction.InteractionMatrix;
import io.shopmind.recommendation.model.RecommendationModel;
import io.shopmind.recommendation.model.ServedModel;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Trains each algorithm on a split's training cells and evaluates it on the test cells: by default as a replica
 * serves it (the registry's served model, each test user folded in from their training history), or as the library
 * trains it.
 */
final class EvaluationRunner {

    /** How test users are scored. */
    enum Users {
        /** Folded into the served model from their training history, as the storefront folds a shopper in. */
        FOLDED,
        /** With what training learnt about them: ALS's user factors, EASE's full weights. */
        TRAINED
    }

    /**
     * @param users   how test users are scored
     * @param history most recent training cells a user is folded in from
     * @param tune    whether each algorithm's settings are first chosen on a holdout of the training cells
     * @param seed    seed of the tuning holdout
     */
    record Settings(int k, Users users, int history, boolean tune, long seed) {
    }

    private EvaluationRunner() {
    }

    static List<AlgorithmResult> run(Split split, List<AlgorithmSpec> specs, Algorithms algorithms, Settings settings,
            ProgressLine progress) {
        List<AlgorithmResult> results = new ArrayList<>();
        InteractionMatrix train = split.train();
        for (AlgorithmSpec requested : specs) {
            long start = System.nanoTime();
            AlgorithmSpec spec = requested;
            if (settings.tune() && Algorithms.tunable(spec.algorithm())) {
                Tuning.Choice choice = Tuning.choose(algorithms, spec, train, 0.25, settings.k(), settings.history(),
                        settings.seed(), progress.of("tuning " + spec.algorithm()));
                spec = choice.best();
            }
            int[][] lists;
            String label;
            long fitted;
            if (settings.users() == Users.FOLDED) {
                InteractionMatrix noBaskets = InteractionMatrix.of(IdIndex.of(), train.items(), new int[0], new int[0],
                        new float[0], new long[0]);
                ServedModel model = algorithms.train(spec, train, noBaskets, progress.of(spec.algorithm()));
                fitted = System.nanoTime();
                lists = RankingEvaluator.recommendAll(model.scorer(), train, split.test(), split.validation(),
                        settings.k(), settings.history(), algorithms.settings().threads());
                label = model.parameters().isEmpty() ? model.algorithm()
                        : model.algorithm() + "(" + model.parameters() + ")";
            } else {
                RecommendationModel model = algorithms.recommender(spec).fit(train);
                fitted = System.nanoTime();
                lists = RankingEvaluator.recommendAll(model, split.test(), split.validation(), settings.k(),
                        algorithms.settings().threads());
                label = spec.algorithm() + "(" + Algorithms.resolvedParameters(spec) + ")";
            }
            long ranked = System.nanoTime();
            progress.done(spec.algorithm(), (ranked - start) / 1e9);
            RankingMetrics metrics = RankingEvaluator.metrics(lists, train, split.test(), settings.k());
            results.add(new AlgorithmResult(spec.algorithm(), label, metrics, (fitted - start) / 1e9,
                    (ranked - fitted) / 1e9, lists));
        }
        return results;
    }

    /** Writes top-k lists as CSV {@code user,item,rank} with external ids and 1-based ranks. */
    static void writeTopK(int[][] recommendations, InteractionMatrix matrix, Path file) throws IOException {
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
