package io.shopmind.recommendation.knn;

import io.shopmind.recommendation.interaction.InteractionMatrix;
import io.shopmind.recommendation.model.RankedItems;
import io.shopmind.recommendation.model.RecommendationModel;
import io.shopmind.recommendation.model.Recommender;

/**
 * Item-based k-nearest-neighbours (Sarwar et al. 2001, "Item-based collaborative filtering recommendation
 * algorithms"; Deshpande &amp; Karypis 2004): {@code score(u, j) = Σ_{i ∈ I(u)} r_ui · sim(i, j)} over the
 * {@code neighbours} most similar items of each item, with shrunk cosine similarity.
 */
public final class ItemKnn implements Recommender {

    private final KnnConfig config;

    public ItemKnn(KnnConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("config: must not be null");
        }
        this.config = config;
    }

    public ItemKnn() {
        this(KnnConfig.defaults());
    }

    @Override
    public String name() {
        return "itemknn";
    }

    @Override
    public Model fit(InteractionMatrix interactions) {
        return new Model(interactions, Neighbourhood.cosine(interactions, config.neighbours(), config.shrinkage()));
    }

    /** A trained {@link ItemKnn}. */
    public static final class Model implements RecommendationModel {
        private final InteractionMatrix interactions;
        private final Neighbourhood neighbourhood;

        private Model(InteractionMatrix interactions, Neighbourhood neighbourhood) {
            this.interactions = interactions;
            this.neighbourhood = neighbourhood;
        }

        @Override
        public InteractionMatrix interactions() {
            return interactions;
        }

        /** The shrunk cosine similarity of items i and j when j is among i's neighbours, else 0. */
        public double similarity(int i, int j) {
            return neighbourhood.similarity(i, j);
        }

        /** Item {@code i}'s kept neighbours, most similar first. */
        public RankedItems neighboursOf(int i) {
            int from = neighbourhood.start(i);
            int count = neighbourhood.end(i) - from;
            int[] items = new int[count];
            double[] similarities = new double[count];
            for (int n = 0; n < count; n++) {
                items[n] = neighbourhood.neighbourAt(from + n);
                similarities[n] = neighbourhood.similarityAt(from + n);
            }
            return new RankedItems(items, similarities);
        }

        @Override
        public void score(int user, double[] scores) {
            java.util.Arrays.fill(scores, 0);
            for (int p = interactions.rowStart(user); p < interactions.rowEnd(user); p++) {
                int i = interactions.itemAt(p);
                double r = interactions.valueAt(p);
                for (int n = neighbourhood.start(i); n < neighbourhood.end(i); n++) {
                    scores[neighbourhood.neighbourAt(n)] += r * neighbourhood.similarityAt(n);
                }
            }
        }
    }
}
