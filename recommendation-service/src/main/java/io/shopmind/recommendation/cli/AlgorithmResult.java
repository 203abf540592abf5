package io.shopmind.recommendation.cli;

import io.shopmind.recommendation.evaluation.RankingMetrics;

/**
 * One algorithm's evaluation.
 *
 * @param algorithm       the algorithm's name
 * @param label           the algorithm with every setting it ran with, as the command line reads it back
 * @param metrics         ranking quality on the test cells
 * @param fitSeconds      training wall time, tuning included
 * @param evaluateSeconds wall time to rank the catalogue for every evaluated user
 * @param recommendations the top-k lists by user index, {@code null} for users not evaluated
 */
record AlgorithmResult(String algorithm, String label, RankingMetrics metrics, double fitSeconds,
        double evaluateSeconds, int[][] recommendations) {
}
