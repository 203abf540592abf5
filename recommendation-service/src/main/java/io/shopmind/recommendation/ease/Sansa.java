package io.shopmind.recommendation.ease;

import io.shopmind.recommendation.interaction.InteractionMatrix;
import io.shopmind.recommendation.linalg.ApproximateInverse;
import io.shopmind.recommendation.linalg.Gram;
import io.shopmind.recommendation.linalg.IncompleteCholesky;
import io.shopmind.recommendation.linalg.SparseAccumulator;
import io.shopmind.recommendation.linalg.SparseColumns;
import io.shopmind.recommendation.model.RankedItems;
import io.shopmind.recommendation.model.RecommendationModel;
import io.shopmind.recommendation.model.Recommender;
import io.shopmind.recommendation.model.TopK;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * SANSA (Spišák, Bartyzal, Hoskovec, Peška &amp; Tůma 2023, "Scalable Approximate NonSymmetric Autoencoder for
 * Collaborative Filtering", RecSys): EASE's weights {@code B = I − P · diagMat(1 ⊘ diag(P))} with
 * {@code P = (XᵀX + λI)⁻¹} replaced by a sparse factored approximation {@code P ≈ Mᵀ D⁻¹ M}, where
 * {@code XᵀX + λI ≈ L D Lᵀ} is an incomplete factorisation and {@code M ≈ L⁻¹} a sparse approximate inverse, both
 * within {@code entriesPerItem} entries per item. Memory and time grow with the entries kept, not with the square and
 * cube of the catalogue, so it reaches catalogues dense EASE cannot.
 *
 * <p>Items are numbered for the factorisation by ascending popularity, a static minimum-degree order: rare items,
 * which co-occur with few others, are eliminated first and cause little fill (SANSA uses COLAMD for the same end).
 */
public final class Sansa implements Recommender {

    /**
     * @param lambda         L2 regularisation, as EASE's
     * @param entriesPerItem entries kept per item in the factor and in its inverse
     * @param inverseSteps   minimal-residual steps per column of the inverse
     */
    public record Config(double lambda, int entriesPerItem, int inverseSteps) {

        public Config {
            if (!(lambda > 0) || Double.isInfinite(lambda)) {
                throw new IllegalArgumentException("lambda: must be positive and finite, was " + lambda);
            }
            if (entriesPerItem < 1) {
                throw new IllegalArgumentException("entriesPerItem: must be at least 1, was " + entriesPerItem);
            }
            if (inverseSteps < 0) {
                throw new IllegalArgumentException("inverseSteps: must not be negative, was " + inverseSteps);
            }
        }

        public static Config defaults() {
            return new Config(500, 100, 2);
        }
    }

    private final Config config;

    public Sansa(Config config) {
        if (config == null) {
            throw new IllegalArgumentException("config: must not be null");
        }
        this.config = config;
    }

    @Override
    public String name() {
        return "sansa";
    }

    @Override
    public Model fit(InteractionMatrix interactions) {
        int n = interactions.itemCount();
        int[] order = IntStream.range(0, n).boxed()
                .sorted(Comparator.<Integer>comparingInt(interactions::columnLength).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
        SparseColumns gram = Gram.lowerOfItems(interactions, order);
        IncompleteCholesky.Factor factor = IncompleteCholesky.factor(gram, config.lambda(),
                (long) config.entriesPerItem() * n);
        ApproximateInverse.Result inverse = ApproximateInverse.ofUnitLower(factor.lower(), config.entriesPerItem(),
                config.inverseSteps());
        return new Model(interactions, order, inverse.inverse(), factor.pivots(), gram.nonZeroCount(),
                factor.lower().nonZeroCount(), inverse.residualSquared(), factor.shift());
    }

    /** A trained {@link Sansa}: the sparse factors of {@code P}, with the figures of how it was approximated. */
    public static final class Model implements RecommendationModel {
        private final InteractionMatrix interactions;
        private final int[] order;
        private final int[] position;
        private final SparseColumns inverse;
        private final SparseColumns inverseRows;
        private final double[] pivots;
        private final double[] diagonal;
        private final long gramEntries;
        private final long factorEntries;
        private final double residualSquared;
        private final double shift;

        private Model(InteractionMatrix interactions, int[] order, SparseColumns inverse, double[] pivots,
                long gramEntries, long factorEntries, double residualSquared, double shift) {
            this.interactions = interactions;
            this.order = order;
            this.position = new int[order.length];
            for (int p = 0; p < order.length; p++) {
                position[order[p]] = p;
            }
            this.inverse = inverse;
            this.inverseRows = inverse.transposed();
            this.pivots = pivots;
            this.gramEntries = gramEntries;
            this.factorEntries = factorEntries;
            this.residualSquared = residualSquared;
            this.shift = shift;
            // diag(P)_j = Σ_r M_rj² / d_r
            this.diagonal = new double[order.length];
            for (int j = 0; j < order.length; j++) {
                double s = 0;
                for (int q = inverse.start(j); q < inverse.end(j); q++) {
                    double m = inverse.values()[q];
                    s += m * m / pivots[inverse.rows()[q]];
                }
                diagonal[j] = s;
            }
        }

        @Override
        public InteractionMatrix interactions() {
            return interactions;
        }

        /** Stored entries of the item-item Gram's lower triangle. */
        public long gramEntries() {
            return gramEntries;
        }

        /** Stored entries of the factor L and of its approximate inverse M. */
        public long factorEntries() {
            return factorEntries + inverse.nonZeroCount();
        }

        /** {@code ‖I − L M‖²_F / n}: how far M is from L's inverse. */
        public double residualSquared() {
            return residualSquared;
        }

        /** The diagonal shift the factorisation needed, λ when the matrix was positive definite enough. */
        public double shift() {
            return shift;
        }

        /**
         * Every item's {@code k} largest weights {@code B_ij}, best first, the item itself left out, indexed by
         * item: the neighbour lists a replica serves. Items run in parallel, each on its own row of {@code P}.
         */
        public RankedItems[] strongestWeights(int k) {
            int n = order.length;
            RankedItems[] lists = new RankedItems[n];
            ThreadLocal<SparseAccumulator> work = ThreadLocal.withInitial(() -> new SparseAccumulator(n));
            ThreadLocal<double[]> rows = ThreadLocal.withInitial(() -> new double[n]);
            IntStream.range(0, n).parallel().forEach(i -> {
                SparseAccumulator p = work.get();
                // P_i· = Σ_r (M_ri / d_r) M_r·
                for (int q = inverse.start(i); q < inverse.end(i); q++) {
                    int r = inverse.rows()[q];
                    double scale = inverse.values()[q] / pivots[r];
                    for (int t = inverseRows.start(r); t < inverseRows.end(r); t++) {
                        p.add(inverseRows.rows()[t], scale * inverseRows.values()[t]);
                    }
                }
                double[] row = rows.get();
                int[] candidates = new int[p.size()];
                int count = 0;
                for (int t = 0; t < p.size(); t++) {
                    int j = p.touched(t);
                    if (j != i) {
                        row[order[j]] = -p.value(j) / diagonal[j];
                        candidates[count++] = order[j];
                    }
                }
                lists[order[i]] = count == 0 ? new RankedItems(new int[0], new double[0])
                        : TopK.select(row, candidates, count, k);
                p.clear();
            });
            return lists;
        }

        /** {@code x_u B = x_u − (x_u P) diagMat(1 ⊘ diag(P))}, with P in its factored form. */
        @Override
        public void score(int user, double[] scores) {
            int n = order.length;
            double[] z = new double[n];
            for (int p = interactions.rowStart(user); p < interactions.rowEnd(user); p++) {
                int i = position[interactions.itemAt(p)];
                double x = interactions.valueAt(p);
                for (int q = inverse.start(i); q < inverse.end(i); q++) {
                    z[inverse.rows()[q]] += x * inverse.values()[q];
                }
            }
            double[] y = new double[n];
            for (int r = 0; r < n; r++) {
                if (z[r] == 0) {
                    continue;
                }
                double scale = z[r] / pivots[r];
                for (int t = inverseRows.start(r); t < inverseRows.end(r); t++) {
                    y[inverseRows.rows()[t]] += scale * inverseRows.values()[t];
                }
            }
            Arrays.fill(scores, 0, n, 0.0);
            for (int p = interactions.rowStart(user); p < interactions.rowEnd(user); p++) {
                scores[interactions.itemAt(p)] = interactions.valueAt(p);
            }
            for (int j = 0; j < n; j++) {
                scores[order[j]] -= y[j] / diagonal[j];
            }
        }
    }
}
