package io.shopmind.recommendation.linalg;

import java.util.Arrays;

/**
 * Dense symmetric positive-definite linear algebra on row-major {@code double[n*n]} arrays.
 *
 * <p>The three phases of the inverse each take about n³/6 multiply-adds over rows far larger than the caches, so
 * their speed is set by memory traffic: each phase works four rows at a time, so that one pass over a row serves
 * four, and spreads independent rows over the cores.
 */
public final class SymmetricMatrices {

    private SymmetricMatrices() {
    }

    /**
     * The inverse of a symmetric positive-definite matrix by Cholesky factorisation {@code A = LLᵀ}, then
     * {@code A⁻¹ = L⁻ᵀL⁻¹} (Golub &amp; Van Loan, Matrix Computations, §4.2). Overwrites and returns {@code a}.
     */
    public static double[] invertPositiveDefinite(double[] a, int n) {
        Cholesky.factor(a, n);
        invertLower(a, n);
        double[] result = lowerTransposeTimesLower(a, n);
        System.arraycopy(result, 0, a, 0, n * n);
        return a;
    }

    /**
     * {@code M = L⁻¹} in place, row by row: {@code M_i· = −(1/L_ii) Σ_{k<i} L_ik M_k·}, {@code M_ii = 1/L_ii}; four
     * rows share each pass over an earlier row, then finish in order. Clears the upper triangle.
     */
    private static void invertLower(double[] a, int n) {
        double[][] sums = new double[4][n];
        for (int i0 = 0; i0 < n; i0 += 4) {
            int height = Math.min(4, n - i0);
            for (int r = 0; r < height; r++) {
                Arrays.fill(sums[r], 0, i0 + r, 0.0);
            }
            int block = i0;
            // columns are independent here: cores take chunks of them, each over every earlier row
            Parallel.forChunks(block, (from, to) -> {
                for (int k = from; k < block; k++) {
                    int rowK = k * n;
                    double l0 = a[block * n + k];
                    double l1 = height > 1 ? a[(block + 1) * n + k] : 0;
                    double l2 = height > 2 ? a[(block + 2) * n + k] : 0;
                    double l3 = height > 3 ? a[(block + 3) * n + k] : 0;
                    double[] s0 = sums[0];
                    double[] s1 = sums[1];
                    double[] s2 = sums[2];
                    double[] s3 = sums[3];
                    int end = Math.min(to, k + 1);
                    for (int j = from; j < end; j++) {
                        double m = a[rowK + j];
                        s0[j] += l0 * m;
                        s1[j] += l1 * m;
                        s2[j] += l2 * m;
                        s3[j] += l3 * m;
                    }
                }
            });
            for (int r = 0; r < height; r++) {
                int i = i0 + r;
                int rowI = i * n;
                double[] sum = sums[r];
                for (int k = i0; k < i; k++) {
                    double lik = a[rowI + k];
                    int rowK = k * n;
                    for (int j = 0; j <= k; j++) {
                        sum[j] += lik * a[rowK + j];
                    }
                }
                double lii = a[rowI + i];
                for (int j = 0; j < i; j++) {
                    a[rowI + j] = -sum[j] / lii;
                }
                a[rowI + i] = 1.0 / lii;
                Arrays.fill(a, rowI + i + 1, rowI + n, 0.0);
            }
        }
    }

    /** {@code MᵀM} for the lower-triangular {@code M}: {@code (MᵀM)_ij = Σ_{k ≥ max(i,j)} M_ki M_kj}, symmetric. */
    private static double[] lowerTransposeTimesLower(double[] m, int n) {
        double[] result = new double[n * n];
        for (int k0 = 0; k0 < n; k0 += 4) {
            int height = Math.min(4, n - k0);
            int r0 = k0 * n;
            int r1 = Math.min(k0 + 1, n - 1) * n;
            int r2 = Math.min(k0 + 2, n - 1) * n;
            int r3 = Math.min(k0 + 3, n - 1) * n;
            // rows k0..k0+3 of M are zero right of their diagonal, so row i takes every k of the block
            Parallel.forRows(0, k0 + height, k0 + height, i -> {
                int rowI = i * n;
                double c0 = m[r0 + i];
                double c1 = height > 1 ? m[r1 + i] : 0;
                double c2 = height > 2 ? m[r2 + i] : 0;
                double c3 = height > 3 ? m[r3 + i] : 0;
                for (int j = 0; j <= i; j++) {
                    result[rowI + j] += c0 * m[r0 + j] + c1 * m[r1 + j] + c2 * m[r2 + j] + c3 * m[r3 + j];
                }
            });
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                result[j * n + i] = result[i * n + j];
            }
        }
        return result;
    }
}
