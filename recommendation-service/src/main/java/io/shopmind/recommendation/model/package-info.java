/**
 * The contract every recommender follows: a {@link io.shopmind.recommendation.model.Recommender} trains on an
 * interaction matrix into a {@link io.shopmind.recommendation.model.RecommendationModel}, which ranks items for a
 * user with a bounded heap ({@link io.shopmind.recommendation.model.TopK}); {@link
 * io.shopmind.recommendation.model.FactorModel} is the latent-factor model that ALS and BPR train. Plain Java, no
 * Spring.
 */
@PlainJava
package io.shopmind.recommendation.model;

import io.shopmind.model.PlainJava;
