/**
 * Co-purchase association rules between pairs of items (support, confidence, lift), usable as a
 * "bought together" recommender. Plain Java, no Spring.
 */
@PlainJava
package io.shopmind.recommendation.association;

import io.shopmind.model.PlainJava;
