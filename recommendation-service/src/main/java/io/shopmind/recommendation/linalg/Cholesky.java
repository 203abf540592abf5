package io.shopmind.recommendation.linalg;

/**
 * Cholesky factorisation {@code A = LLᵀ} of a dense symmetric positive-definite matrix and the solve that follows it
 * (Golub &amp; Van Loan, Matrix Computations, §4.2), on row-major {@code double[n*n]} arrays. The factor works four
 * columns at a time, so that one pass over an earlier row serves four, and spreads the rows below a block over the
 * cores when the matrix is large: the same code serves the f × f fold-in and EASE's item × item matrix.
 */
public final class Cholesky {

    private Cholesky() {
    }

    /** Overwrites {@code a} (n × n) with its factor and {@code b} with the solution of {@code A x = b}. */
    public static void solveInPlace(double[] a, double[] b, int n) {
        factor(a, n);
        solve(a, b, n);
    }

    /** Solves {@code LLᵀ x = b} in place for the factor {@code l} that {@link #factor} left in the lower triangle. */
    public static void solve(double[] l, double[] b, int n) {
        for (int i = 0; i < n; i++) {
            int rowI = i * n;
            b[i] = (b[i] - DenseVectors.dot(l, rowI, b, 0, i)) / l[rowI + i];
        }
        for (int i = n - 1; i >= 0; i--) {
            double s = b[i];
            for (int k = i + 1; k < n; k++) {
                s -= l[k * n + i] * b[k];
            }
            b[i] = s / l[i * n + i];
        }
    }

    /**
     * {@code A = LLᵀ} with {@code L} written over the lower triangle of {@code a}; the upper triangle is left as it
     * was. Throws IllegalArgumentException when {@code a} is not positive definite.
     */
    public static void factor(double[] a, int n) {
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
            // the rows below: the block's columns against the columns before it in one pass, then within the block;
            // a small matrix (the fold-in's) goes row by row on this thread, without a task or buffer per row
            if ((long) (n - j0 - width) * n < (long) Parallel.FROM * Parallel.FROM) {
                double[] s = new double[4];
                for (int i = j0 + width; i < n; i++) {
                    eliminateRow(a, n, i, j0, width, s);
                }
            } else {
                Parallel.forRows(j0 + width, n, n, i -> eliminateRow(a, n, i, j0, width, new double[4]));
            }
        }
    }

    /** Row i's entries in the block's columns {@code j0..j0+width−1}, from the columns before them; {@code s} is scratch. */
    private static void eliminateRow(double[] a, int n, int i, int j0, int width, double[] s) {
        int rowI = i * n;
        if (width == 4) {
            DenseVectors.dot4(a, j0 * n, (j0 + 1) * n, (j0 + 2) * n, (j0 + 3) * n, a, rowI, j0, s);
        } else {
            for (int c = 0; c < width; c++) {
                s[c] = DenseVectors.dot(a, rowI, a, (j0 + c) * n, j0);
            }
        }
        for (int c = 0; c < width; c++) {
            int rowJ = (j0 + c) * n;
            double value = a[rowI + j0 + c] - s[c];
            for (int t = 0; t < c; t++) {
                value -= a[rowI + j0 + t] * a[rowJ + j0 + t];
            }
            a[rowI + j0 + c] = value / a[rowJ + j0 + c];
        }
    }
}
