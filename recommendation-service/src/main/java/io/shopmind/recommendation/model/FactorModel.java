package io.shopmind.recommendation.model;

import io.shopmind.recommendation.interaction.InteractionMatrix;
import io.shopmind.recommendation.linalg.DenseVectors;

/** A trained latent-factor model: {@code score(u, i) = x_uᵀ y_i (+ b_i)}. */
public final class FactorModel implements RecommendationModel {

    private final InteractionMatrix interactions;
    private final double[] userFactors;
    private final double[] itemFactors;
    private final double[] itemBiases;
    private final int factors;

    /**
     * @param userFactors row-major users × factors
     * @param itemFactors row-major items × factors
     */
    public FactorModel(InteractionMatrix interactions, double[] userFactors, double[] itemFactors, int factors) {
        this(interactions, userFactors, itemFactors, new double[interactions.itemCount()], factors);
    }

    public FactorModel(InteractionMatrix interactions, double[] userFactors, double[] itemFactors, double[] itemBiases,
            int factors) {
        if (userFactors.length != interactions.userCount() * factors) {
            throw new IllegalArgumentException("userFactors: expected " + interactions.userCount() * factors + " values");
        }
        if (itemFactors.length != interactions.itemCount() * factors) {
            throw new IllegalArgumentException("itemFactors: expected " + interactions.itemCount() * factors + " values");
        }
        if (itemBiases.length != interactions.itemCount()) {
            throw new IllegalArgumentException("itemBiases: expected " + interactions.itemCount() + " values");
        }
        this.interactions = interactions;
        this.userFactors = userFactors;
        this.itemFactors = itemFactors;
        this.itemBiases = itemBiases;
        this.factors = factors;
    }

    @Override
    public InteractionMatrix interactions() {
        return interactions;
    }

    public int factors() {
        return factors;
    }

    /** A copy of user {@code u}'s factor vector. */
    public double[] userFactor(int u) {
        return java.util.Arrays.copyOfRange(userFactors, u * factors, (u + 1) * factors);
    }

    /** A copy of item {@code i}'s factor vector. */
    public double[] itemFactor(int i) {
        return java.util.Arrays.copyOfRange(itemFactors, i * factors, (i + 1) * factors);
    }

    /** Item {@code i}'s bias (0 for models without biases). */
    public double itemBias(int i) {
        return itemBiases[i];
    }

    @Override
    public void score(int user, double[] scores) {
        int f = factors;
        int xBase = user * f;
        int items = interactions.itemCount();
        for (int i = 0; i < items; i++) {
            scores[i] = itemBiases[i] + DenseVectors.dot(userFactors, xBase, itemFactors, i * f, f);
        }
    }
}
