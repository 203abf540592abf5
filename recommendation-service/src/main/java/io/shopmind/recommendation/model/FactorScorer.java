package io.shopmind.recommendation.model;

import io.shopmind.recommendation.linalg.Cholesky;
import io.shopmind.recommendation.linalg.DenseVectors;
import io.shopmind.recommendation.linalg.Gram;

/**
 * A latent-factor model (ALS, BPR) as served: single-precision item factors and biases. A profile is folded in with
 * one regularised least-squares solve, the user step of Hu, Koren &amp; Volinsky (2008, eq. 4):
 * {@code x = (YᵀY + λI + Σ_i α r_i y_i y_iᵀ)⁻¹ Σ_i (1 + α r_i) y_i} over the profile's items (λ times the profile's
 * size with per-cell regularisation, as ALS-WR), then {@code score_j = b_j + x·y_j}.
 */
public final class FactorScorer implements Scorer {

    private final int factors;
    private final float[] itemFactors;
    private final float[] itemBiases;
    private final double lambda;
    private final double alpha;
    private final boolean perCellLambda;
    private final double[] gram;
    private final ItemVectors vectors;

    /**
     * @param itemFactors   row-major items × factors
     * @param itemBiases    one per item (zeros for ALS)
     * @param lambda        L2 regularisation of the fold-in
     * @param alpha         confidence scale of the fold-in, {@code c = 1 + α r}
     * @param perCellLambda λ multiplied by the profile's number of items, as the model was trained
     */
    public FactorScorer(int factors, float[] itemFactors, float[] itemBiases, double lambda, double alpha,
            boolean perCellLambda) {
        if (factors < 1 || itemFactors.length != itemBiases.length * factors) {
            throw new IllegalArgumentException("itemFactors: expected items × " + factors + " values");
        }
        if (!(lambda > 0) || !(alpha > 0)) {
            throw new IllegalArgumentException("lambda: the fold-in needs a positive λ and α");
        }
        this.factors = factors;
        this.itemFactors = itemFactors;
        this.itemBiases = itemBiases;
        this.lambda = lambda;
        this.alpha = alpha;
        this.perCellLambda = perCellLambda;
        this.gram = Gram.plusRidge(itemFactors, itemBiases.length, factors, 0);
        this.vectors = new ItemVectors(itemFactors, factors);
    }

    @Override
    public int itemCount() {
        return itemBiases.length;
    }

    @Override
    public boolean personal() {
        return true;
    }

    @Override
    public void score(Profile profile, double[] scores) {
        double[] x = foldIn(profile);
        int f = factors;
        for (int i = 0; i < itemBiases.length; i++) {
            scores[i] = itemBiases[i] + DenseVectors.dot(itemFactors, i * f, x, 0, f);
        }
    }

    /** The user vector that best explains {@code profile} given the fixed item factors. */
    public double[] foldIn(Profile profile) {
        int f = factors;
        double[] a = gram.clone();
        double ridge = perCellLambda ? lambda * Math.max(1, profile.size()) : lambda;
        double[] b = new double[f];
        int[] items = profile.items();
        float[] weights = profile.weights();
        for (int p = 0; p < items.length; p++) {
            int base = items[p] * f;
            double extra = alpha * weights[p];
            for (int r = 0; r < f; r++) {
                b[r] += (1 + extra) * itemFactors[base + r];
            }
            Gram.addOuter(a, itemFactors, base, extra, f);
        }
        for (int r = 0; r < f; r++) {
            a[r * f + r] += ridge;
        }
        Gram.mirrorUpper(a, f);
        Cholesky.solveInPlace(a, b, f);
        return b;
    }

    /** The cosine of two items' factor vectors. */
    @Override
    public double similarity(int i, int j) {
        return vectors.cosine(i, j);
    }

    @Override
    public RankedItems similar(int item, int k) {
        return vectors.mostSimilar(item, k);
    }

    public int factors() {
        return factors;
    }

    double lambda() {
        return lambda;
    }

    double alpha() {
        return alpha;
    }

    boolean perCellLambda() {
        return perCellLambda;
    }

    float[] itemFactors() {
        return itemFactors;
    }

    float[] itemBiases() {
        return itemBiases;
    }
}
