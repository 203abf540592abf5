/**
 * Implicit-feedback matrix factorisation by alternating least squares with a conjugate-gradient solver.
 * Plain Java, no Spring.
 */
@PlainJava
package io.shopmind.recommendation.als;

import io.shopmind.model.PlainJava;
