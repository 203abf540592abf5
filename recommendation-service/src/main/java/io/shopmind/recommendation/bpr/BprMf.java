package io.shopmind.recommendation.bpr;

import io.shopmind.recommendation.model.FactorModel;
import io.shopmind.recommendation.interaction.InteractionMatrix;
import io.shopmind.recommendation.model.Recommender;
import java.util.SplittableRandom;

/**
 * BPR-MF (Rendle, Freudenthaler, Gantner &amp; Schmidt-Thieme 2009, "BPR: Bayesian Personalized Ranking from
 * Implicit Feedback", Algorithm 1): stochastic gradient ascent on {@code Σ ln σ(x̂_ui − x̂_uj) − λ‖Θ‖²} over
 * triples (u, i, j) of a user, an item the user interacted with and one drawn uniformly from those the user did
 * not, with {@code x̂_ui = w_uᵀh_i + b_i}. One epoch draws as many triples as there are stored cells. Training is
 * single-threaded so that a seed fixes the result.
 */
public final class BprMf implements Recommender {

    /**
     * @param factors      latent dimensions
     * @param learningRate SGD step size
     * @param lambda       L2 regularisation of factors and item biases
     * @param epochs       passes, each of {@code nonZeroCount} sampled triples
     * @param seed         seed for initial factors and sampling
     */
    public record Config(int factors, double learningRate, double lambda, int epochs, long seed) {

        public Config {
            if (factors < 1) {
                throw new IllegalArgumentException("factors: must be at least 1, was " + factors);
            }
            if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
                throw new IllegalArgumentException("learningRate: must be positive and finite, was " + learningRate);
            }
            if (!(lambda >= 0) || Double.isInfinite(lambda)) {
                throw new IllegalArgumentException("lambda: must be finite and non-negative, was " + lambda);
            }
            if (epochs < 1) {
                throw new IllegalArgumentException("epochs: must be at least 1, was " + epochs);
            }
        }

        /** The {@code implicit} library's BPR defaults: 100 factors, learning rate 0.01, λ 0.01, 100 epochs. */
        public static Config defaults(long seed) {
            return new Config(100, 0.01, 0.01, 100, seed);
        }

        public Config withEpochs(int newEpochs) {
            return new Config(factors, learningRate, lambda, newEpochs, seed);
        }

        public Config withFactors(int newFactors) {
            return new Config(newFactors, learningRate, lambda, epochs, seed);
        }

        public Config withLearningRate(double newLearningRate) {
            return new Config(factors, newLearningRate, lambda, epochs, seed);
        }
    }

    private final Config config;

    public BprMf(Config config) {
        if (config == null) {
            throw new IllegalArgumentException("config: must not be null");
        }
        this.config = config;
    }

    public BprMf(long seed) {
        this(Config.defaults(seed));
    }

    public Config config() {
        return config;
    }

    @Override
    public String name() {
        return "bpr";
    }

    @Override
    public FactorModel fit(InteractionMatrix interactions) {
        int f = config.factors();
        int users = interactions.userCount();
        int items = interactions.itemCount();
        int nnz = interactions.nonZeroCount();
        SplittableRandom random = new SplittableRandom(config.seed());
        double[] w = new double[users * f];
        double[] h = new double[items * f];
        double[] b = new double[items];
        for (int k = 0; k < w.length; k++) {
            w[k] = (random.nextDouble() - 0.5) / f;
        }
        for (int k = 0; k < h.length; k++) {
            h[k] = (random.nextDouble() - 0.5) / f;
        }
        if (nnz == 0) {
            return new FactorModel(interactions, w, h, b, f);
        }
        // the user of each stored cell, so that drawing a cell draws a (u, i) pair in proportion to activity
        int[] cellUsers = new int[nnz];
        for (int u = 0; u < users; u++) {
            for (int p = interactions.rowStart(u); p < interactions.rowEnd(u); p++) {
                cellUsers[p] = u;
            }
        }
        double eta = config.learningRate();
        double lambda = config.lambda();
        for (int epoch = 0; epoch < config.epochs(); epoch++) {
            for (int s = 0; s < nnz; s++) {
                int cell = random.nextInt(nnz);
                int u = cellUsers[cell];
                if (interactions.rowLength(u) >= items) {
                    continue;
                }
                int i = interactions.itemAt(cell);
                int j = random.nextInt(items);
                while (interactions.contains(u, j)) {
                    j = random.nextInt(items);
                }
                int wu = u * f;
                int hi = i * f;
                int hj = j * f;
                double x = b[i] - b[j];
                for (int a = 0; a < f; a++) {
                    x += w[wu + a] * (h[hi + a] - h[hj + a]);
                }
                // d/dx ln σ(x) = σ(−x)
                double z = 1.0 / (1.0 + Math.exp(x));
                for (int a = 0; a < f; a++) {
                    double wua = w[wu + a];
                    double hia = h[hi + a];
                    double hja = h[hj + a];
                    w[wu + a] += eta * (z * (hia - hja) - lambda * wua);
                    h[hi + a] += eta * (z * wua - lambda * hia);
                    h[hj + a] += eta * (-z * wua - lambda * hja);
                }
                b[i] += eta * (z - lambda * b[i]);
                b[j] += eta * (-z - lambda * b[j]);
            }
        }
        return new FactorModel(interactions, w, h, b, f);
    }
}
