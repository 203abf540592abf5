/**
 * Most-popular baselines: overall and per category, with optional exponential time decay. Plain Java, no Spring.
 */
@PlainJava
package io.shopmind.recommendation.popularity;

import io.shopmind.model.PlainJava;
