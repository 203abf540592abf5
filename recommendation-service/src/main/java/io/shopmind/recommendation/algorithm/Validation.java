package io.shopmind.recommendation.algorithm;

import io.shopmind.recommendation.evaluation.RankingEvaluator;
import io.shopmind.recommendation.evaluation.Split;
import io.shopmind.recommendation.model.Scorer;

/**
 * Scores candidates on a holdout carved from the training data alone: each is trained on the holdout's training
 * cells and served, shoppers folded in from those cells, and judged by nDCG@k on the held-out cells. The test data
 * of an evaluation is never seen, so a choice made here is fair.
 *
 * @param split   the training data split in two
 * @param k       list length of the nDCG
 * @param history most recent cells a shopper is folded in from, as the storefront reads them
 * @param threads ranking threads
 */
record Validation(Split split, int k, int history, int threads) {

    double ndcg(Scorer scorer) {
        int[][] lists = RankingEvaluator.recommendAll(scorer, split.train(), split.test(), null, k, history, threads);
        return RankingEvaluator.metrics(lists, split.train(), split.test(), k).ndcg();
    }
}
