package io.shopmind.recommendation.algorithm;

import io.shopmind.recommendation.evaluation.Split;
import io.shopmind.recommendation.interaction.InteractionMatrix;
import io.shopmind.recommendation.model.Scorer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Chooses an algorithm's settings from its grid ({@code --tune holdout}, and each part of a blend) by validation
 * nDCG@k of the served model; ties go to the earlier candidate.
 */
public final class Tuning {

    /**
     * One candidate's validation score.
     *
     * @param spec the candidate
     * @param ndcg its nDCG@k on the holdout
     */
    public record Trial(AlgorithmSpec spec, double ndcg) {
    }

    /**
     * The winner and every trial.
     *
     * @param best   the chosen settings
     * @param scorer the winner's scorer, trained on the holdout's training cells
     * @param trials every candidate in grid order
     */
    public record Choice(AlgorithmSpec best, Scorer scorer, List<Trial> trials) {
    }

    private Tuning() {
    }

    /**
     * Chooses among {@code base} with each of its algorithm's grid points on top; settings given in {@code base}
     * that a grid point also sets are overridden by the grid.
     */
    static Choice choose(Algorithms algorithms, AlgorithmSpec base, Validation validation, Algorithms.Progress progress,
            int done, int total) {
        List<Trial> trials = new ArrayList<>();
        AlgorithmSpec best = null;
        Scorer bestScorer = null;
        double bestNdcg = Double.NEGATIVE_INFINITY;
        int step = done;
        for (Map<String, String> point : Algorithms.grid(base.algorithm())) {
            AlgorithmSpec candidate = Algorithms.check(base.with(point));
            if (step == done) {
                progress.report(step, total, "validating " + candidate);
            }
            Scorer scorer = algorithms.scorer(Algorithms.resolve(candidate), validation.split().train());
            double ndcg = validation.ndcg(scorer);
            progress.report(++step, total, String.format(Locale.ROOT, "validated %s: nDCG@%d %.4f", candidate,
                    validation.k(), ndcg));
            trials.add(new Trial(candidate, ndcg));
            if (ndcg > bestNdcg) {
                bestNdcg = ndcg;
                best = candidate;
                bestScorer = scorer;
            }
        }
        return new Choice(best, bestScorer, trials);
    }

    /**
     * {@code --tune holdout}: the grid point of {@code spec}'s algorithm with the best validation nDCG@k on a
     * per-user {@code share} holdout of {@code interactions}.
     */
    public static Choice choose(Algorithms algorithms, AlgorithmSpec spec, InteractionMatrix interactions, double share,
            int k, int history, long seed, Algorithms.Progress progress) {
        Validation validation = new Validation(Split.stratified(interactions, 1 - share, seed), k, history,
                algorithms.settings().threads());
        return choose(algorithms, spec, validation, progress, 0, Algorithms.grid(spec.algorithm()).size());
    }
}
