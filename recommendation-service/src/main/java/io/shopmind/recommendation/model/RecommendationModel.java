package io.shopmind.recommendation.model;

import io.shopmind.recommendation.interaction.InteractionMatrix;

/**
 * A trained recommender: a score for every item of the training catalogue, for every user of the training
 * matrix. Implementations are immutable and safe to use from several threads.
 */
public interface RecommendationModel {

    /** The matrix the model was trained on; its user and item indices are the model's. */
    InteractionMatrix interactions();

    /**
     * Writes the score of every item for {@code user} into {@code scores} (length {@code itemCount}); higher is
     * better. Only the order of scores matters.
     */
    void score(int user, double[] scores);

    /**
     * The {@code k} best items for {@code user}, best first, leaving out {@code excludedItems} and items with no
     * training interactions. Fewer than {@code k} come back when fewer are eligible.
     */
    default RankedItems recommend(int user, int k, int[] excludedItems) {
        InteractionMatrix matrix = interactions();
        if (user < 0 || user >= matrix.userCount()) {
            throw new IllegalArgumentException("user: " + user + " is outside 0.." + (matrix.userCount() - 1));
        }
        if (k < 1) {
            throw new IllegalArgumentException("k: must be at least 1, was " + k);
        }
        double[] scores = new double[matrix.itemCount()];
        score(user, scores);
        for (int item : excludedItems) {
            if (item >= 0 && item < scores.length) {
                scores[item] = Double.NEGATIVE_INFINITY;
            }
        }
        for (int i = 0; i < scores.length; i++) {
            if (matrix.columnStart(i) == matrix.columnEnd(i)) {
                scores[i] = Double.NEGATIVE_INFINITY;
            }
        }
        return TopK.select(scores, k);
    }

    /** The {@code k} best items for {@code user} that the user has not interacted with in training. */
    default RankedItems recommendUnseen(int user, int k) {
        return recommend(user, k, interactions().itemsOf(user));
    }
}
