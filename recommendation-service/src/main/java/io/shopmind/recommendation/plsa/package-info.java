/** The aspect model: probabilistic latent semantic analysis for collaborative filtering, fitted by EM. Plain Java, no Spring. */
@PlainJava
package io.shopmind.recommendation.plsa;

import io.shopmind.model.PlainJava;
