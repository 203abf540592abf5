/**
 * Most-popular baselines: overall and per category, with optional exponential time decay. Plain Java, no Spring.
 */
package io.shopmind.recommendation.popularity;
