package io.shopmind.recommendation.plsa;

import io.shopmind.recommendation.interaction.InteractionMatrix;
import io.shopmind.recommendation.model.RecommendationModel;
import io.shopmind.recommendation.model.Recommender;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The aspect model, probabilistic latent semantic analysis for collaborative filtering (Hofmann 2004, "Latent
 * semantic models for collaborative filtering", ACM TOIS 22(1), §3): {@code P(i|u) = Σ_z P(i|z) P(z|u)} over
 * {@code aspects} latent aspects, fitted by EM on the weighted interactions {@code r_ui}:
 * E-step {@code q(z|u,i) ∝ P(i|z) P(z|u)}; M-step {@code P(i|z) ∝ Σ_u r_ui q(z|u,i)},
 * {@code P(z|u) ∝ Σ_i r_ui q(z|u,i)}. A shopper's taste is a mixture of aspects, and items are drawn from the
 * aspects in proportion to their weight there.
 *
 * <p>Users are processed in a fixed number of blocks whose sums are added in order, so the result depends on the
 * seed alone, not on the number of cores.
 */
public final class Plsa implements Recommender {

    private static final int BLOCKS = 16;
    /** Added to every {@code P(i|z)} numerator, so no item is impossible under an aspect. */
    private static final double SMOOTHING = 1e-9;

    /**
     * @param aspects    number of latent aspects
     * @param iterations EM iterations
     * @param seed       seed of the random start
     */
    public record Config(int aspects, int iterations, long seed) {

        public Config {
            if (aspects < 1) {
                throw new IllegalArgumentException("aspects: must be at least 1, was " + aspects);
            }
            if (iterations < 1) {
                throw new IllegalArgumentException("iterations: must be at least 1, was " + iterations);
            }
        }

        public static Config defaults(long seed) {
            return new Config(32, 50, seed);
        }
    }

    private final Config config;

    public Plsa(Config config) {
        if (config == null) {
            throw new IllegalArgumentException("config: must not be null");
        }
        this.config = config;
    }

    @Override
    public String name() {
        return "plsa";
    }

    @Override
    public Model fit(InteractionMatrix interactions) {
        int z = config.aspects();
        int items = interactions.itemCount();
        int users = interactions.userCount();
        SplittableRandom random = new SplittableRandom(config.seed());
        double[] itemGivenAspect = new double[items * z];
        double[] aspectGivenUser = new double[users * z];
        for (int k = 0; k < itemGivenAspect.length; k++) {
            itemGivenAspect[k] = 1 + random.nextDouble();
        }
        for (int k = 0; k < aspectGivenUser.length; k++) {
            aspectGivenUser[k] = 1 + random.nextDouble();
        }
        normaliseColumns(itemGivenAspect, items, z);
        normaliseRows(aspectGivenUser, users, z);
        int blockSize = Math.max(1, (users + BLOCKS - 1) / BLOCKS);
        for (int step = 0; step < config.iterations(); step++) {
            double[] current = itemGivenAspect;
            double[] currentUsers = aspectGivenUser;
            double[] nextUsers = new double[users * z];
            double[][] partial = IntStream.range(0, BLOCKS).parallel().mapToObj(b -> {
                double[] counts = new double[items * z];
                double[] q = new double[z];
                for (int u = b * blockSize; u < Math.min(users, (b + 1) * blockSize); u++) {
                    int uBase = u * z;
                    for (int p = interactions.rowStart(u); p < interactions.rowEnd(u); p++) {
                        int iBase = interactions.itemAt(p) * z;
                        double sum = 0;
                        for (int a = 0; a < z; a++) {
                            q[a] = current[iBase + a] * currentUsers[uBase + a];
                            sum += q[a];
                        }
                        if (!(sum > 0)) {
                            continue;
                        }
                        double scale = interactions.valueAt(p) / sum;
                        for (int a = 0; a < z; a++) {
                            double share = scale * q[a];
                            counts[iBase + a] += share;
                            nextUsers[uBase + a] += share;
                        }
                    }
                }
                return counts;
            }).toArray(double[][]::new);
            double[] nextItems = new double[items * z];
            for (double[] counts : partial) {
                for (int k = 0; k < nextItems.length; k++) {
                    nextItems[k] += counts[k];
                }
            }
            for (int k = 0; k < nextItems.length; k++) {
                nextItems[k] += SMOOTHING;
            }
            normaliseColumns(nextItems, items, z);
            normaliseRows(nextUsers, users, z);
            itemGivenAspect = nextItems;
            aspectGivenUser = nextUsers;
        }
        return new Model(interactions, z, itemGivenAspect, aspectGivenUser);
    }

    /** Makes each aspect's column {@code P(·|z)} sum to one. */
    private static void normaliseColumns(double[] x, int rows, int z) {
        double[] sums = new double[z];
        for (int i = 0; i < rows; i++) {
            for (int a = 0; a < z; a++) {
                sums[a] += x[i * z + a];
            }
        }
        for (int i = 0; i < rows; i++) {
            for (int a = 0; a < z; a++) {
                x[i * z + a] /= sums[a];
            }
        }
    }

    /** Makes each user's row {@code P(·|u)} sum to one; a user without interactions keeps a uniform mixture. */
    private static void normaliseRows(double[] x, int rows, int z) {
        for (int u = 0; u < rows; u++) {
            double sum = 0;
            for (int a = 0; a < z; a++) {
                sum += x[u * z + a];
            }
            for (int a = 0; a < z; a++) {
                x[u * z + a] = sum > 0 ? x[u * z + a] / sum : 1.0 / z;
            }
        }
    }

    /** A trained {@link Plsa}: {@code P(i|z)} and every training user's {@code P(z|u)}. */
    public static final class Model implements RecommendationModel {
        private final InteractionMatrix interactions;
        private final int aspects;
        private final double[] itemGivenAspect;
        private final double[] aspectGivenUser;

        private Model(InteractionMatrix interactions, int aspects, double[] itemGivenAspect, double[] aspectGivenUser) {
            this.interactions = interactions;
            this.aspects = aspects;
            this.itemGivenAspect = itemGivenAspect;
            this.aspectGivenUser = aspectGivenUser;
        }

        @Override
        public InteractionMatrix interactions() {
            return interactions;
        }

        public int aspects() {
            return aspects;
        }

        /** {@code P(i|z)}. */
        public double itemGivenAspect(int item, int aspect) {
            return itemGivenAspect[item * aspects + aspect];
        }

        /** {@code P(z|u)} of a training user. */
        public double aspectGivenUser(int user, int aspect) {
            return aspectGivenUser[user * aspects + aspect];
        }

        @Override
        public void score(int user, double[] scores) {
            int z = aspects;
            for (int i = 0; i < interactions.itemCount(); i++) {
                double s = 0;
                for (int a = 0; a < z; a++) {
                    s += itemGivenAspect[i * z + a] * aspectGivenUser[user * z + a];
                }
                scores[i] = s;
            }
        }
    }
}
