/**
 * What a replica serves from: a trained model reduced to primitive arrays ({@link
 * io.shopmind.recommendation.ranking.ServingModel}), its compact binary form ({@link
 * io.shopmind.recommendation.ranking.ModelCodec}), scoring of a shopper's current profile (fold-in for factor
 * models, neighbour sums for item models), explanations, and the merchandising rules applied on top. Plain Java, no
 * Spring.
 */
package io.shopmind.recommendation.ranking;
