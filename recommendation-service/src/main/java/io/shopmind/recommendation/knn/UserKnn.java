package io.shopmind.recommendation.knn;

import io.shopmind.recommendation.interaction.InteractionMatrix;
import io.shopmind.recommendation.model.RecommendationModel;
import io.shopmind.recommendation.model.Recommender;

/**
 * User-based k-nearest-neighbours (Herlocker et al. 1999, "An algorithmic framework for performing collaborative
 * filtering"): {@code score(u, j) = Σ_{v ∈ N(u)} sim(u, v) · r_vj} over the {@code neighbours} most similar users,
 * with shrunk cosine similarity.
 */
public final class UserKnn implements Recommender {

    /**
     * @param neighbours number of most similar users kept per user
     * @param shrinkage  added to the cosine denominator; damps similarities resting on few common items
     */
    public record Config(int neighbours, double shrinkage) {

        public Config {
            if (neighbours < 1) {
                throw new IllegalArgumentException("neighbours: must be at least 1, was " + neighbours);
            }
            if (!(shrinkage >= 0) || Double.isInfinite(shrinkage)) {
                throw new IllegalArgumentException("shrinkage: must be finite and non-negative, was " + shrinkage);
            }
        }

        public static Config defaults() {
            return new Config(100, 10);
        }
    }

    private final Config config;

    public UserKnn(Config config) {
        if (config == null) {
            throw new IllegalArgumentException("config: must not be null");
        }
        this.config = config;
    }

    public UserKnn() {
        this(Config.defaults());
    }

    @Override
    public String name() {
        return "userknn";
    }

    @Override
    public Model fit(InteractionMatrix interactions) {
        Neighbourhood users = Neighbourhood.cosine(interactions.transposed(), config.neighbours(), config.shrinkage());
        return new Model(interactions, users);
    }

    /** A trained {@link UserKnn}. */
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

        /** The shrunk cosine similarity of users u and v when v is among u's neighbours, else 0. */
        public double similarity(int u, int v) {
            return neighbourhood.similarity(u, v);
        }

        @Override
        public void score(int user, double[] scores) {
            java.util.Arrays.fill(scores, 0);
            for (int n = neighbourhood.start(user); n < neighbourhood.end(user); n++) {
                int v = neighbourhood.neighbourAt(n);
                double sim = neighbourhood.similarityAt(n);
                for (int p = interactions.rowStart(v); p < interactions.rowEnd(v); p++) {
                    scores[interactions.itemAt(p)] += sim * interactions.valueAt(p);
                }
            }
        }
    }
}
