package io.shopmind.recommendation.ease;

import io.shopmind.recommendation.interaction.InteractionMatrix;
import io.shopmind.recommendation.linalg.Gram;
import io.shopmind.recommendation.linalg.SymmetricMatrices;
import io.shopmind.recommendation.model.RecommendationModel;
import io.shopmind.recommendation.model.Recommender;
import java.util.Arrays;

/**
 * EASE^R (Steck 2019, "Embarrassingly Shallow Autoencoders for Sparse Data", eq. 8): the item-item weight matrix
 * {@code B = I − P · diagMat(1 ⊘ diag(P))} with {@code P = (XᵀX + λI)⁻¹}, which minimises
 * {@code ‖X − XB‖² + λ‖B‖²} subject to {@code diag(B) = 0}; {@code score(u, ·) = x_u B}.
 * Memory and time grow with the square and cube of the catalogue size: meant for catalogues up to about 20,000
 * items.
 */
public final class Ease implements Recommender {

    /**
     * @param lambda L2 regularisation; Steck reports 200 to 1,000 as best on his data sets, 500 on ML-20M
     */
    public record Config(double lambda) {

        public Config {
            if (!(lambda > 0) || Double.isInfinite(lambda)) {
                throw new IllegalArgumentException("lambda: must be positive and finite, was " + lambda);
            }
        }

        public static Config defaults() {
            return new Config(500);
        }
    }

    private final Config config;

    public Ease(Config config) {
        if (config == null) {
            throw new IllegalArgumentException("config: must not be null");
        }
        this.config = config;
    }

    public Ease() {
        this(Config.defaults());
    }

    @Override
    public String name() {
        return "ease";
    }

    @Override
    public Model fit(InteractionMatrix interactions) {
        int n = interactions.itemCount();
        double[] g = Gram.ofItems(interactions);
        for (int i = 0; i < n; i++) {
            g[i * n + i] += config.lambda();
        }
        double[] p = SymmetricMatrices.invertPositiveDefinite(g, n);
        // B = I − P · diagMat(1 ⊘ diag(P)), i.e. B_ij = −P_ij / P_jj off the diagonal and 0 on it
        double[] inverseDiagonal = new double[n];
        for (int j = 0; j < n; j++) {
            inverseDiagonal[j] = 1.0 / p[j * n + j];
        }
        for (int i = 0; i < n; i++) {
            int row = i * n;
            for (int j = 0; j < n; j++) {
                p[row + j] = i == j ? 0.0 : -p[row + j] * inverseDiagonal[j];
            }
        }
        return new Model(interactions, p, n);
    }

    /** A trained {@link Ease}: the dense item-item weight matrix B. */
    public static final class Model implements RecommendationModel {
        private final InteractionMatrix interactions;
        private final double[] weights;
        private final int n;

        private Model(InteractionMatrix interactions, double[] weights, int n) {
            this.interactions = interactions;
            this.weights = weights;
            this.n = n;
        }

        @Override
        public InteractionMatrix interactions() {
            return interactions;
        }

        /** The weight B_ij of item i in the reconstruction of item j. */
        public double weight(int i, int j) {
            return weights[i * n + j];
        }

        @Override
        public void score(int user, double[] scores) {
            Arrays.fill(scores, 0, n, 0.0);
            for (int p = interactions.rowStart(user); p < interactions.rowEnd(user); p++) {
                double x = interactions.valueAt(p);
                int row = interactions.itemAt(p) * n;
                for (int j = 0; j < n; j++) {
                    scores[j] += x * weights[row + j];
                }
            }
        }
    }
}
