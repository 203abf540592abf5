/**
 * The contract every recommender follows: a {@link io.shopmind.recommendation.model.Recommender} trains on an
 * interaction matrix into a {@link io.shopmind.recommendation.model.RecommendationModel}, which ranks items for a
 * user with a bounded heap ({@link io.shopmind.recommendation.model.TopK}); {@link
 * io.shopmind.recommendation.model.FactorModel} is the latent-factor model that ALS and BPR train. And what a replica
 * serves: a {@link io.shopmind.recommendation.model.ServedModel} with one sealed
 * {@link io.shopmind.recommendation.model.Scorer} per family, scoring a shopper's current
 * {@link io.shopmind.recommendation.model.Profile} (fold-in for factor and aspect models, neighbour sums for item
 * models, a weighted blend of those), and its binary form. Plain Java, no Spring.
 */
@PlainJava
package io.shopmind.recommendation.model;

import io.shopmind.model.PlainJava;
