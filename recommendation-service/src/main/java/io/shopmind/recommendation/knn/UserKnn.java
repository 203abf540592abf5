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

    private final KnnConfig config;

    public UserKnn(KnnConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("config: must not be null");
        }
        this.config = config;
    }

    public UserKnn() {
        this(KnnConfig.defaults());
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
