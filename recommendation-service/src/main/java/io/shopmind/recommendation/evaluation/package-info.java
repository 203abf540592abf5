/**
 * Offline evaluation: train/test splits, full-catalogue top-k ranking of a served model (users folded in from
 * their training history) or a trained one, the ranking metrics of Microsoft Recommenders, and synthetic data with
 * planted structure. Plain Java, no Spring.
 */
@PlainJava
package io.shopmind.recommendation.evaluation;

import io.shopmind.model.PlainJava;
