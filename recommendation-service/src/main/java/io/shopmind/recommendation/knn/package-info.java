/**
 * Neighbourhood recommenders: item-based and user-based k-nearest neighbours with shrunk cosine similarity.
 * Plain Java, no Spring.
 */
package io.shopmind.recommendation.knn;
