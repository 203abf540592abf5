package io.shopmind.recommendation.evaluation;

import io.shopmind.recommendation.interaction.InteractionMatrix;
import io.shopmind.recommendation.model.RankedItems;
import io.shopmind.recommendation.model.RecommendationModel;
import io.shopmind.recommendation.model.Recommender;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Chooses among candidate settings of an algorithm by nDCG@k on a per-user stratified holdout carved from the
 * training data alone, then refits the winner on all of it. The test data of an evaluation is never seen, so the
 * choice is fair; ties go to the earlier candidate.
 */
public final class HoldoutSelection implements Recommender {

    /**
     * @param label     how the candidate is shown, e.g. {@code lambda=250}
     * @param candidate the configured recommender
     */
    public record Candidate(String label, Recommender candidate) {
    }

    /**
     * One candidate's validation score.
     *
     * @param label the candidate's label
     * @param ndcg  its nDCG@k on the holdout
     */
    public record Trial(String label, double ndcg) {
    }

    private final String name;
    private final List<Candidate> candidates;
    private final double ratio;
    private final int k;
    private final int threads;
    private final long seed;

    public HoldoutSelection(String name, List<Candidate> candidates, double ratio, int k, int threads, long seed) {
        if (candidates == null || candidates.isEmpty()) {
            throw new IllegalArgumentException("candidates: at least one is required");
        }
        if (!(ratio > 0 && ratio < 1)) {
            throw new IllegalArgumentException("ratio: must be strictly between 0 and 1, was " + ratio);
        }
        if (k < 1) {
            throw new IllegalArgumentException("k: must be at least 1, was " + k);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads: must be at least 1, was " + threads);
        }
        this.name = name;
        this.candidates = List.copyOf(candidates);
        this.ratio = ratio;
        this.k = k;
        this.threads = threads;
        this.seed = seed;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Selected fit(InteractionMatrix interactions) {
        Split inner = Split.stratified(interactions, ratio, seed);
        List<Trial> trials = new ArrayList<>();
        int best = 0;
        for (int c = 0; c < candidates.size(); c++) {
            RecommendationModel model = candidates.get(c).candidate().fit(inner.train());
            int[][] lists = RankingEvaluator.recommendAll(model, inner.test(), k, threads);
            double ndcg = RankingEvaluator.metrics(lists, inner.train(), inner.test(), k).ndcg();
            trials.add(new Trial(candidates.get(c).label(), ndcg));
            if (ndcg > trials.get(best).ndcg()) {
                best = c;
            }
        }
        Candidate winner = candidates.get(best);
        return new Selected(winner.candidate().fit(interactions), winner.label(), trials);
    }

    /** The refitted winner, with every candidate's validation score. */
    public static final class Selected implements RecommendationModel {
        private final RecommendationModel model;
        private final String label;
        private final List<Trial> trials;

        private Selected(RecommendationModel model, String label, List<Trial> trials) {
            this.model = model;
            this.label = label;
            this.trials = List.copyOf(trials);
        }

        /** The chosen candidate's label. */
        public String label() {
            return label;
        }

        public List<Trial> trials() {
            return trials;
        }

        public RecommendationModel model() {
            return model;
        }

        @Override
        public InteractionMatrix interactions() {
            return model.interactions();
        }

        @Override
        public void score(int user, double[] scores) {
            model.score(user, scores);
        }

        @Override
        public RankedItems recommend(int user, int k, int[] excludedItems) {
            return model.recommend(user, k, excludedItems);
        }
    }

    /** Candidate grids used by {@code --tune holdout}, per algorithm name; fixed, log-spaced. */
    static Map<String, List<String>> grids() {
        return Map.of(
                "als", List.of("als.lambda=1,als.alpha=1", "als.lambda=10,als.alpha=1", "als.lambda=100,als.alpha=1",
                        "als.lambda=10,als.alpha=10", "als.lambda=100,als.alpha=10",
                        "als.regularization=per-cell,als.lambda=0.1,als.alpha=1",
                        "als.regularization=per-cell,als.lambda=1,als.alpha=1"),
                "ease", List.of("ease.lambda=100", "ease.lambda=250", "ease.lambda=500", "ease.lambda=1000",
                        "ease.lambda=2000"),
                "itemknn", List.of("itemknn.neighbours=50", "itemknn.neighbours=100", "itemknn.neighbours=200"),
                "userknn", List.of("userknn.neighbours=50", "userknn.neighbours=100", "userknn.neighbours=200"));
    }
}
