/**
 * The dense numeric kernels ALS, EASE and the serving fold-in share: dot products, Gram matrices, Cholesky
 * factorisation and solve, and the inverse of a symmetric positive-definite matrix. Plain Java, no Spring.
 */
@PlainJava
package io.shopmind.recommendation.linalg;

import io.shopmind.model.PlainJava;
