package io.shopmind.recommendation.ranking;

import io.shopmind.recommendation.interaction.IdIndex;
import io.shopmind.recommendation.linalg.Cholesky;
import io.shopmind.recommendation.linalg.DenseVectors;
import io.shopmind.recommendation.linalg.Gram;
import io.shopmind.recommendation.model.RankedItems;
import io.shopmind.recommendation.model.TopK;
import java.util.Arrays;

/**
 * A trained model as a replica serves it, in primitive arrays: the item index, one scoring part (latent item
 * factors, item neighbour lists, or item popularity), and for every model the decayed item popularity and the
 * co-purchase rules. It scores a shopper's <em>current</em> {@link Profile}, so a new event counts at once without
 * retraining: a factor model folds the profile in with one regularised least-squares solve (the user step of Hu,
 * Koren &amp; Volinsky 2008, eq. 4), a neighbour model sums the neighbours of the profile's items (Sarwar et al.
 * 2001). Immutable and safe to share between threads.
 */
public final class ServingModel {

    /** How a model scores items. */
    public enum Kind { FACTORS, NEIGHBOURS, POPULARITY }

    private final String algorithm;
    private final IdIndex items;
    private final double[] popularity;
    private final Kind kind;
    // FACTORS: row-major items × factors
    private final int factors;
    private final float[] itemFactors;
    private final float[] itemBiases;
    private final double lambda;
    private final double alpha;
    private final double[] gramPlusRidge;
    // NEIGHBOURS: per item, its neighbours best first
    private final int[] neighbourPointers;
    private final int[] neighbours;
    private final float[] neighbourWeights;
    // co-purchase rules per antecedent, highest lift first
    private final int[] rulePointers;
    private final int[] ruleItems;
    private final float[] ruleConfidences;

    private ServingModel(String algorithm, IdIndex items, double[] popularity, Kind kind, int factors,
            float[] itemFactors, float[] itemBiases, double lambda, double alpha, int[] neighbourPointers,
            int[] neighbours, float[] neighbourWeights, int[] rulePointers, int[] ruleItems, float[] ruleConfidences) {
        int n = items.size();
        check(popularity.length == n, "popularity");
        check(rulePointers.length == n + 1 && ruleItems.length == ruleConfidences.length
                && rulePointers[n] == ruleItems.length, "rules");
        this.algorithm = algorithm;
        this.items = items;
        this.popularity = popularity;
        this.kind = kind;
        this.factors = factors;
        this.itemFactors = itemFactors;
        this.itemBiases = itemBiases;
        this.lambda = lambda;
        this.alpha = alpha;
        this.neighbourPointers = neighbourPointers;
        this.neighbours = neighbours;
        this.neighbourWeights = neighbourWeights;
        this.rulePointers = rulePointers;
        this.ruleItems = ruleItems;
        this.ruleConfidences = ruleConfidences;
        if (kind == Kind.FACTORS) {
            check(itemFactors.length == n * factors && itemBiases.length == n, "itemFactors");
            this.gramPlusRidge = Gram.plusRidge(itemFactors, n, factors, lambda);
        } else {
            this.gramPlusRidge = null;
        }
        if (kind == Kind.NEIGHBOURS) {
            check(neighbourPointers.length == n + 1 && neighbours.length == neighbourWeights.length
                    && neighbourPointers[n] == neighbours.length, "neighbours");
        }
    }

    /**
     * A latent-factor model.
     *
     * @param itemFactors row-major items × factors
     * @param lambda      L2 regularisation of the fold-in
     * @param alpha       confidence scale of the fold-in, {@code c = 1 + α r}
     */
    public static ServingModel ofFactors(String algorithm, IdIndex items, double[] popularity, int factors,
            float[] itemFactors, float[] itemBiases, double lambda, double alpha, Rules rules) {
        return new ServingModel(algorithm, items, popularity, Kind.FACTORS, factors, itemFactors, itemBiases, lambda,
                alpha, null, null, null, rules.pointers(), rules.items(), rules.confidences());
    }

    /** An item-neighbour model: per item, the items it recommends with their weights, best first. */
    public static ServingModel ofNeighbours(String algorithm, IdIndex items, double[] popularity, int[] pointers,
            int[] neighbours, float[] weights, Rules rules) {
        return new ServingModel(algorithm, items, popularity, Kind.NEIGHBOURS, 0, null, null, 0, 0, pointers,
                neighbours, weights, rules.pointers(), rules.items(), rules.confidences());
    }

    /** A popularity model: every shopper gets the same ranking. */
    public static ServingModel ofPopularity(String algorithm, IdIndex items, double[] popularity, Rules rules) {
        return new ServingModel(algorithm, items, popularity, Kind.POPULARITY, 0, null, null, 0, 0, null, null, null,
                rules.pointers(), rules.items(), rules.confidences());
    }

    /**
     * Co-purchase rules in compressed rows: antecedent a's consequents are {@code items[pointers[a]..pointers[a+1])},
     * highest lift first, with their confidences.
     */
    public record Rules(int[] pointers, int[] items, float[] confidences) {

        public static Rules none(int itemCount) {
            return new Rules(new int[itemCount + 1], new int[0], new float[0]);
        }
    }

    public String algorithm() {
        return algorithm;
    }

    public IdIndex items() {
        return items;
    }

    public int itemCount() {
        return items.size();
    }

    public Kind kind() {
        return kind;
    }

    public int factors() {
        return factors;
    }

    public double lambda() {
        return lambda;
    }

    public double alpha() {
        return alpha;
    }

    public double popularity(int item) {
        return popularity[item];
    }

    /** Whether the profile carries signal this model can use. */
    public boolean canScore(Profile profile) {
        return kind == Kind.POPULARITY || !profile.isEmpty();
    }

    /** Writes every item's score for {@code profile} into {@code scores} (length {@link #itemCount()}). */
    public void score(Profile profile, double[] scores) {
        switch (kind) {
            case FACTORS -> scoreFactors(foldIn(profile), scores);
            case NEIGHBOURS -> scoreNeighbours(profile, scores);
            case POPULARITY -> System.arraycopy(popularity, 0, scores, 0, popularity.length);
        }
    }

    /**
     * The user vector that best explains {@code profile} given the fixed item factors:
     * {@code x = (YᵀY + λI + Σ_i α r_i y_i y_iᵀ)⁻¹ Σ_i (1 + α r_i) y_i} over the profile's items.
     */
    public double[] foldIn(Profile profile) {
        int f = factors;
        double[] a = workspace(f * f);
        System.arraycopy(gramPlusRidge, 0, a, 0, f * f);
        double[] b = new double[f];
        int[] profileItems = profile.items();
        float[] weights = profile.weights();
        for (int p = 0; p < profileItems.length; p++) {
            int base = profileItems[p] * f;
            double c = 1 + alpha * weights[p];
            double extra = c - 1;
            for (int r = 0; r < f; r++) {
                double yr = itemFactors[base + r];
                b[r] += c * yr;
                int row = r * f;
                double scaled = extra * yr;
                for (int s = 0; s < f; s++) {
                    a[row + s] += scaled * itemFactors[base + s];
                }
            }
        }
        Cholesky.solveInPlace(a, b, f);
        return b;
    }

    // the fold-in's f × f system, per thread, as every request solves one
    private static final ThreadLocal<double[]> WORKSPACE = ThreadLocal.withInitial(() -> new double[0]);

    private static double[] workspace(int size) {
        double[] a = WORKSPACE.get();
        if (a.length != size) {
            a = new double[size];
            WORKSPACE.set(a);
        }
        return a;
    }

    private void scoreFactors(double[] x, double[] scores) {
        int f = factors;
        int n = itemCount();
        for (int i = 0; i < n; i++) {
            scores[i] = itemBiases[i] + DenseVectors.dot(itemFactors, i * f, x, 0, f);
        }
    }

    private void scoreNeighbours(Profile profile, double[] scores) {
        Arrays.fill(scores, 0, itemCount(), 0.0);
        int[] profileItems = profile.items();
        float[] weights = profile.weights();
        for (int p = 0; p < profileItems.length; p++) {
            int i = profileItems[p];
            double r = weights[p];
            for (int q = neighbourPointers[i]; q < neighbourPointers[i + 1]; q++) {
                scores[neighbours[q]] += r * neighbourWeights[q];
            }
        }
    }

    /**
     * The position in {@code profile} of the item that contributes most to {@code item}'s score, or -1 when none
     * contributes positively: the largest {@code r_i · sim(i, item)} for neighbour models, the largest
     * {@code r_i · cos(y_i, y_item)} for factor models.
     */
    public int topContributor(int item, Profile profile) {
        int best = -1;
        double bestContribution = 0;
        int[] profileItems = profile.items();
        float[] weights = profile.weights();
        for (int p = 0; p < profileItems.length; p++) {
            int i = profileItems[p];
            if (i == item) {
                continue;
            }
            double contribution = weights[p] * similarity(i, item);
            if (contribution > bestContribution) {
                bestContribution = contribution;
                best = p;
            }
        }
        return best;
    }

    /** How strongly item {@code i} points to item {@code j}: neighbour weight, factor cosine, or rule confidence. */
    public double similarity(int i, int j) {
        if (kind == Kind.NEIGHBOURS) {
            for (int q = neighbourPointers[i]; q < neighbourPointers[i + 1]; q++) {
                if (neighbours[q] == j) {
                    return neighbourWeights[q];
                }
            }
            return 0;
        }
        return kind == Kind.FACTORS ? cosine(i, j) : ruleConfidence(i, j);
    }

    /**
     * The {@code k} items most like {@code item}: its neighbour list, its nearest items by factor cosine, or (for
     * popularity models) its co-purchase rules.
     */
    public RankedItems similar(int item, int k) {
        double[] scores = new double[itemCount()];
        Arrays.fill(scores, Double.NEGATIVE_INFINITY);
        if (kind == Kind.NEIGHBOURS) {
            for (int q = neighbourPointers[item]; q < neighbourPointers[item + 1]; q++) {
                scores[neighbours[q]] = neighbourWeights[q];
            }
        } else if (kind == Kind.FACTORS) {
            for (int j = 0; j < scores.length; j++) {
                scores[j] = cosine(item, j);
            }
        } else {
            for (int q = rulePointers[item]; q < rulePointers[item + 1]; q++) {
                scores[ruleItems[q]] = ruleConfidences[q];
            }
        }
        scores[item] = Double.NEGATIVE_INFINITY;
        return TopK.select(scores, k);
    }

    /**
     * Scores every item by the strongest rule from the basket's items, {@code max_{a ∈ basket} confidence(a → j)},
     * with {@code -∞} where no rule leads; returns whether any rule fired.
     */
    public boolean scoreBasket(int[] basket, double[] scores) {
        Arrays.fill(scores, 0, itemCount(), Double.NEGATIVE_INFINITY);
        boolean fired = false;
        for (int a : basket) {
            for (int q = rulePointers[a]; q < rulePointers[a + 1]; q++) {
                int j = ruleItems[q];
                scores[j] = Math.max(scores[j], ruleConfidences[q]);
                fired = true;
            }
        }
        return fired;
    }

    /** The confidence of the co-purchase rule {@code a → j}, 0 when there is none. */
    public double ruleConfidence(int a, int j) {
        for (int q = rulePointers[a]; q < rulePointers[a + 1]; q++) {
            if (ruleItems[q] == j) {
                return ruleConfidences[q];
            }
        }
        return 0;
    }

    private double cosine(int i, int j) {
        int f = factors;
        double dot = 0;
        double ni = 0;
        double nj = 0;
        for (int a = 0; a < f; a++) {
            double yi = itemFactors[i * f + a];
            double yj = itemFactors[j * f + a];
            dot += yi * yj;
            ni += yi * yi;
            nj += yj * yj;
        }
        return ni == 0 || nj == 0 ? 0 : dot / Math.sqrt(ni * nj);
    }

    private static void check(boolean condition, String field) {
        if (!condition) {
            throw new IllegalArgumentException(field + ": array lengths do not match the item index");
        }
    }

    // package-private views for the codec
    int[] neighbourPointers() {
        return neighbourPointers;
    }

    int[] neighbours() {
        return neighbours;
    }

    float[] neighbourWeights() {
        return neighbourWeights;
    }

    float[] itemFactors() {
        return itemFactors;
    }

    float[] itemBiases() {
        return itemBiases;
    }

    double[] popularityScores() {
        return popularity;
    }

    Rules rules() {
        return new Rules(rulePointers, ruleItems, ruleConfidences);
    }
}
