/**
 * Implicit-feedback matrix factorisation by alternating least squares with a conjugate-gradient solver.
 * Plain Java, no Spring.
 */
package io.shopmind.recommendation.als;
