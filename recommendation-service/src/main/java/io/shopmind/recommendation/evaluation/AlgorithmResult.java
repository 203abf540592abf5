package io.shopmind.recommendation.evaluation;

/**
 * One algorithm's evaluation.
 *
 * @param algorithm       the recommender's name
 * @param metrics         ranking quality on the test cells
 * @param fitSeconds      training wall time
 * @param evaluateSeconds wall time to rank the catalogue for every evaluated user
 * @param recommendations the top-k lists by user index, {@code null} for users not evaluated
 */
public record AlgorithmResult(String algorithm, RankingMetrics metrics, double fitSeconds, double evaluateSeconds,
        int[][] recommendations) {
}
