package io.shopmind.recommendation.model;

/**
 * One single-precision vector per item (factors, aspect profiles), with their norms kept, so the cosine of two
 * items that explanations and "similar items" rest on costs one dot product.
 */
final class ItemVectors {

    private final float[] vectors;
    private final int dimension;
    private final double[] norms;

    /** @param vectors row-major items × dimension */
    ItemVectors(float[] vectors, int dimension) {
        this.vectors = vectors;
        this.dimension = dimension;
        this.norms = new double[vectors.length / dimension];
        for (int i = 0; i < norms.length; i++) {
            double s = 0;
            for (int a = 0; a < dimension; a++) {
                double v = vectors[i * dimension + a];
                s += v * v;
            }
            norms[i] = Math.sqrt(s);
        }
    }

    double cosine(int i, int j) {
        if (norms[i] == 0 || norms[j] == 0) {
            return 0;
        }
        int d = dimension;
        double dot = 0;
        for (int a = 0; a < d; a++) {
            dot += (double) vectors[i * d + a] * vectors[j * d + a];
        }
        return dot / (norms[i] * norms[j]);
    }

    /** The {@code k} items of largest cosine with {@code item}, itself left out. */
    RankedItems mostSimilar(int item, int k) {
        double[] scores = new double[norms.length];
        for (int j = 0; j < scores.length; j++) {
            scores[j] = j == item ? Double.NEGATIVE_INFINITY : cosine(item, j);
        }
        return TopK.select(scores, k);
    }
}
