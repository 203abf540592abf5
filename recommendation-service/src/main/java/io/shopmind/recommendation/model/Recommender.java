package io.shopmind.recommendation.model;

import io.shopmind.recommendation.interaction.InteractionMatrix;

/** A recommendation algorithm with its configuration; {@link #fit} trains it on a user × item matrix. */
public interface Recommender {

    /** A short name for tables and logs, e.g. {@code als}. */
    String name();

    /** Trains on {@code interactions} and returns the trained model; this object stays unchanged. */
    RecommendationModel fit(InteractionMatrix interactions);
}
