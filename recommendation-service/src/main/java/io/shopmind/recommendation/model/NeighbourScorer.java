package io.shopmind.recommendation.model;

import java.util.Arrays;

/**
 * An item-neighbour model (EASE, SANSA, item kNN) as served: per item, the items it recommends with their weights,
 * best first, in compressed rows. A profile scores {@code score_j = Σ_{i ∈ profile} r_i · w_ij} (Sarwar et al.
 * 2001; for EASE, {@code x B} with B kept as each item's strongest weights).
 */
public final class NeighbourScorer implements Scorer {

    private final int[] pointers;
    private final int[] neighbours;
    private final float[] weights;

    /**
     * @param pointers   item i's neighbours are {@code neighbours[pointers[i]..pointers[i+1])}
     * @param neighbours neighbour item indices, best first within each item
     * @param weights    their weights
     */
    public NeighbourScorer(int[] pointers, int[] neighbours, float[] weights) {
        int n = pointers.length - 1;
        if (n < 0 || neighbours.length != weights.length || pointers[n] != neighbours.length) {
            throw new IllegalArgumentException("neighbours: pointers, neighbours and weights do not match");
        }
        this.pointers = pointers;
        this.neighbours = neighbours;
        this.weights = weights;
    }

    /** Builds the compressed rows from each item's ranked neighbours. */
    public static NeighbourScorer of(RankedItems[] lists) {
        int n = lists.length;
        int[] pointers = new int[n + 1];
        for (int i = 0; i < n; i++) {
            pointers[i + 1] = pointers[i] + lists[i].size();
        }
        int[] neighbours = new int[pointers[n]];
        float[] weights = new float[pointers[n]];
        for (int i = 0; i < n; i++) {
            for (int r = 0; r < lists[i].size(); r++) {
                neighbours[pointers[i] + r] = lists[i].item(r);
                weights[pointers[i] + r] = (float) lists[i].score(r);
            }
        }
        return new NeighbourScorer(pointers, neighbours, weights);
    }

    @Override
    public int itemCount() {
        return pointers.length - 1;
    }

    @Override
    public boolean personal() {
        return true;
    }

    @Override
    public void score(Profile profile, double[] scores) {
        Arrays.fill(scores, 0, itemCount(), 0.0);
        int[] items = profile.items();
        float[] r = profile.weights();
        for (int p = 0; p < items.length; p++) {
            int i = items[p];
            double weight = r[p];
            for (int q = pointers[i]; q < pointers[i + 1]; q++) {
                scores[neighbours[q]] += weight * weights[q];
            }
        }
    }

    /** The weight of {@code j} among {@code i}'s neighbours, 0 when it is not one. */
    @Override
    public double similarity(int i, int j) {
        for (int q = pointers[i]; q < pointers[i + 1]; q++) {
            if (neighbours[q] == j) {
                return weights[q];
            }
        }
        return 0;
    }

    @Override
    public RankedItems similar(int item, int k) {
        double[] scores = new double[itemCount()];
        Arrays.fill(scores, Double.NEGATIVE_INFINITY);
        for (int q = pointers[item]; q < pointers[item + 1]; q++) {
            scores[neighbours[q]] = weights[q];
        }
        scores[item] = Double.NEGATIVE_INFINITY;
        return TopK.select(scores, k);
    }

    int[] pointers() {
        return pointers;
    }

    int[] neighbours() {
        return neighbours;
    }

    float[] weights() {
        return weights;
    }
}
