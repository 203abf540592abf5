package io.shopmind.recommendation.evaluation;

/**
 * Top-k ranking quality averaged over users, as Microsoft Recommenders' {@code python_evaluation} defines it, with
 * binary relevance (a test item is relevant):
 * <ul>
 * <li>precision@k = hits / k;</li>
 * <li>recall@k = hits / |relevant|;</li>
 * <li>nDCG@k = Σ_hits 1/log(1 + rank) ÷ Σ_{r ≤ min(|relevant|, k)} 1/log(1 + r);</li>
 * <li>MAP = Σ_hits (hits so far / rank) ÷ |relevant| (the {@code map} function);</li>
 * <li>MAP@k = the same ÷ min(|relevant|, k) (the {@code map_at_k} function);</li>
 * <li>hit rate@k = share of users with at least one hit;</li>
 * <li>catalogue coverage = distinct recommended items ÷ distinct training items.</li>
 * </ul>
 *
 * @param k         list length
 * @param users     users averaged over: those with both training and test cells
 * @param precision precision@k
 * @param recall    recall@k
 * @param ndcg      nDCG@k
 * @param map       MAP (normalised by the number of relevant items)
 * @param mapAtK    MAP@k (normalised by min(relevant, k))
 * @param hitRate   hit rate@k
 * @param coverage  catalogue coverage
 */
public record RankingMetrics(int k, int users, double precision, double recall, double ndcg, double map,
        double mapAtK, double hitRate, double coverage) {
}
