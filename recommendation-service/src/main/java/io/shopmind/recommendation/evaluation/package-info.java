/**
 * Offline evaluation: train/test splits, full-catalogue top-k ranking, the ranking metrics of Microsoft
 * Recommenders, a runner that compares algorithms, synthetic data with planted structure, and the
 * {@link io.shopmind.recommendation.evaluation.EvaluateCommand} command line. Plain Java, no Spring.
 */
@PlainJava
package io.shopmind.recommendation.evaluation;

import io.shopmind.model.PlainJava;
