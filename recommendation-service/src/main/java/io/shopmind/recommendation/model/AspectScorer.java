package io.shopmind.recommendation.model;

/**
 * An aspect model (pLSA) as served: {@code P(i|z)} for every item and aspect. A profile is folded in as Hofmann
 * (2004, "Latent semantic models for collaborative filtering", §3.3) folds in a new user: EM on the shopper's aspect
 * mixture {@code θ_z = P(z|u)} with {@code P(i|z)} fixed, {@code q_iz ∝ P(i|z) θ_z}, {@code θ_z ∝ Σ_i r_i q_iz}. The
 * log-likelihood {@code Σ_i r_i log Σ_z P(i|z) θ_z} is concave in θ, so every start reaches the same mixture; then
 * {@code score_j = P(j|u) = Σ_z P(j|z) θ_z}.
 */
public final class AspectScorer implements Scorer {

    private final int aspects;
    private final float[] itemGivenAspect;
    private final int iterations;
    private final ItemVectors vectors;

    /**
     * @param itemGivenAspect row-major items × aspects, {@code P(i|z)}
     * @param iterations      EM steps of the fold-in
     */
    public AspectScorer(int aspects, float[] itemGivenAspect, int iterations) {
        if (aspects < 1 || itemGivenAspect.length % aspects != 0) {
            throw new IllegalArgumentException("itemGivenAspect: expected items × " + aspects + " values");
        }
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations: must be at least 1, was " + iterations);
        }
        this.aspects = aspects;
        this.itemGivenAspect = itemGivenAspect;
        this.iterations = iterations;
        this.vectors = new ItemVectors(itemGivenAspect, aspects);
    }

    @Override
    public int itemCount() {
        return itemGivenAspect.length / aspects;
    }

    @Override
    public boolean personal() {
        return true;
    }

    @Override
    public void score(Profile profile, double[] scores) {
        double[] theta = foldIn(profile);
        int z = aspects;
        for (int i = 0; i < itemCount(); i++) {
            double s = 0;
            for (int a = 0; a < z; a++) {
                s += itemGivenAspect[i * z + a] * theta[a];
            }
            scores[i] = s;
        }
    }

    /** The shopper's aspect mixture {@code P(z|u)} that best explains {@code profile}. */
    public double[] foldIn(Profile profile) {
        int z = aspects;
        double[] theta = new double[z];
        java.util.Arrays.fill(theta, 1.0 / z);
        double[] next = new double[z];
        double[] q = new double[z];
        int[] items = profile.items();
        float[] weights = profile.weights();
        for (int step = 0; step < iterations; step++) {
            java.util.Arrays.fill(next, 0);
            double total = 0;
            for (int p = 0; p < items.length; p++) {
                int base = items[p] * z;
                double sum = 0;
                for (int a = 0; a < z; a++) {
                    q[a] = itemGivenAspect[base + a] * theta[a];
                    sum += q[a];
                }
                if (sum > 0) {
                    double scale = weights[p] / sum;
                    for (int a = 0; a < z; a++) {
                        next[a] += scale * q[a];
                    }
                    total += weights[p];
                }
            }
            if (total == 0) {
                break;
            }
            for (int a = 0; a < z; a++) {
                theta[a] = next[a] / total;
            }
        }
        return theta;
    }

    /** The cosine of two items' aspect profiles {@code P(i|·)}. */
    @Override
    public double similarity(int i, int j) {
        return vectors.cosine(i, j);
    }

    @Override
    public RankedItems similar(int item, int k) {
        return vectors.mostSimilar(item, k);
    }

    public int aspects() {
        return aspects;
    }

    int iterations() {
        return iterations;
    }

    float[] itemGivenAspect() {
        return itemGivenAspect;
    }
}
