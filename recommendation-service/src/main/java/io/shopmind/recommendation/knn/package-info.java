/**
 * Neighbourhood recommenders: item-based k-nearest neighbours with shrunk cosine similarity.
 * Plain Java, no Spring.
 */
@PlainJava
package io.shopmind.recommendation.knn;

import io.shopmind.model.PlainJava;
