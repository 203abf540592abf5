package io.shopmind.recommendation.ease;

import io.shopmind.recommendation.model.DenseVectors;
import java.util.Arrays;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Dense symmetric positive-definite linear algebra on row-major {@code double[n*n]} arrays.
 *
 * <p>The three phases of the inverse each take about n³/6 multiply-adds over rows far larger than the caches, so
 * their speed is set by memory traffic: each phase works four rows at a time, so that one pass over a row serves
 * four, and spreads independent rows over the cores. Rows are split between threads, never sums, so the result does
 * not depend on the number of cores.
 */
final class SymmetricMatrices {

    /** Below this size one thread is faster than handing rows out. */
    private static final int PARALLEL_FROM = 256;

    private SymmetricMatrices() {
    }

    /**
     * The inverse of a symmetric positive-definite matrix by Cholesky factorisation {@code A = LLᵀ}, then
     * {@code A⁻¹ = L⁻ᵀL⁻¹} (Golub &amp; Van Loan, Matrix Computations, §4.2). Overwrites and returns {@code a}.
     */
    static double[] invertPositiveDefinite(double[] a, int n) {
        cholesky(a, n);
        invertLower(a, n);
        double[] result = lowerTransposeTimesLower(a, n);
        System.arraycopy(result, 0, a, 0, n * n);
        return a;
    }

    /** {@code A = LLᵀ} with {@code L} in the lower triangle, four columns at a time. */
    private static void cholesky(double[] a, int n) {
        for (int start = 0; start < n; start += 4) {
            int j0 = start;
            int width = Math.min(4, n - j0);
            // the diagonal block, column by column
            for (int j = j0; j < j0 + width; j++) {
                int rowJ = j * n;
                double d = a[rowJ + j] - DenseVectors.dot(a, rowJ, a, rowJ, j);
                if (!(d > 0)) {
                    throw new IllegalArgumentException("a: matrix is not positive definite (pivot " + j + ")");
                }
                a[rowJ + j] = Math.sqrt(d);
                for (int i = j + 1; i < j0 + width; i++) {
                    int rowI = i * n;
                    a[rowI + j] = (a[rowI + j] - DenseVectors.dot(a, rowI, a, rowJ, j)) / a[rowJ + j];
                }
            }
            // the rows below: the block's columns against the columns before it in one pass, then within the block
            forRows(j0 + width, n, n, i -> {
                int rowI = i * n;
                double[] s = width == 4 ? dots4(a, rowI, j0 * n, n, j0) : dotsEach(a, rowI, j0, width, n);
                for (int c = 0; c < width; c++) {
                    int rowJ = (j0 + c) * n;
                    double value = a[rowI + j0 + c] - s[c];
                    for (int t = 0; t < c; t++) {
                        value -= a[rowI + j0 + t] * a[rowJ + j0 + t];
                    }
                    a[rowI + j0 + c] = value / a[rowJ + j0 + c];
                }
            });
        }
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
            forChunks(block, (from, to) -> {
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
            forRows(0, k0 + height, k0 + height, i -> {
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

    /** Work on the columns {@code from..to−1}. */
    private interface ColumnChunk {
        void run(int from, int to);
    }

    /**
     * Runs {@code body} over columns {@code 0..columns−1} in one chunk per core, on all cores when there is enough
     * work. Column j's work grows with {@code columns − j}, so the chunks narrow towards the start to hold equal work.
     */
    private static void forChunks(int columns, ColumnChunk body) {
        int cores = Runtime.getRuntime().availableProcessors();
        if (columns < PARALLEL_FROM || cores == 1) {
            body.run(0, columns);
            return;
        }
        int[] bounds = new int[cores + 1];
        for (int c = 1; c < cores; c++) {
            bounds[c] = (int) Math.round(columns * (1 - Math.sqrt(1 - (double) c / cores)));
        }
        bounds[cores] = columns;
        IntStream.range(0, cores).parallel().forEach(c -> body.run(bounds[c], bounds[c + 1]));
    }

    /** Runs {@code body} for rows {@code from..to−1}, on all cores when the rows hold enough work. */
    private static void forRows(int from, int to, int length, IntConsumer body) {
        if ((long) (to - from) * length < (long) PARALLEL_FROM * PARALLEL_FROM) {
            for (int i = from; i < to; i++) {
                body.accept(i);
            }
        } else {
            IntStream.range(from, to).parallel().forEach(body);
        }
    }

    /** The dot products of row {@code x}'s first {@code length} entries with those of the four rows from {@code y}. */
    private static double[] dots4(double[] a, int x, int y, int n, int length) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int y1 = y + n;
        int y2 = y1 + n;
        int y3 = y2 + n;
        for (int k = 0; k < length; k++) {
            double v = a[x + k];
            s0 += v * a[y + k];
            s1 += v * a[y1 + k];
            s2 += v * a[y2 + k];
            s3 += v * a[y3 + k];
        }
        return new double[] {s0, s1, s2, s3};
    }

    /** The dot products of row {@code x} with each of the {@code width} rows from {@code j0}, over their first j0. */
    private static double[] dotsEach(double[] a, int x, int j0, int width, int n) {
        double[] s = new double[width];
        for (int c = 0; c < width; c++) {
            s[c] = DenseVectors.dot(a, x, a, (j0 + c) * n, j0);
        }
        return s;
    }
}
