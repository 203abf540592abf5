package io.shopmind.recommendation.knn;

/**
 * The settings of a neighbourhood model, item- or user-based.
 *
 * @param neighbours number of most similar items (or users) kept per item (or user)
 * @param shrinkage  added to the cosine denominator; damps similarities resting on few co-occurrences
 */
public record KnnConfig(int neighbours, double shrinkage) {

    public KnnConfig {
        if (neighbours < 1) {
            throw new IllegalArgumentException("neighbours: must be at least 1, was " + neighbours);
        }
        if (!(shrinkage >= 0) || Double.isInfinite(shrinkage)) {
            throw new IllegalArgumentException("shrinkage: must be finite and non-negative, was " + shrinkage);
        }
    }

    public static KnnConfig defaults() {
        return new KnnConfig(100, 10);
    }
}
