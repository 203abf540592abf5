package io.shopmind.recommendation.ranking;

/** Solves a small symmetric positive-definite system {@code A x = b} by Cholesky factorisation (Golub &amp; Van Loan, §4.2). */
final class Cholesky {

    private Cholesky() {
    }

    /** Overwrites {@code a} (row-major n × n) with its factor and {@code b} with the solution. */
    static void solveInPlace(double[] a, double[] b, int n) {
        for (int j = 0; j < n; j++) {
            int rowJ = j * n;
            double d = a[rowJ + j];
            for (int k = 0; k < j; k++) {
                d -= a[rowJ + k] * a[rowJ + k];
            }
            if (!(d > 0)) {
                throw new IllegalArgumentException("a: matrix is not positive definite");
            }
            double l = Math.sqrt(d);
            a[rowJ + j] = l;
            for (int i = j + 1; i < n; i++) {
                int rowI = i * n;
                double s = a[rowI + j];
                for (int k = 0; k < j; k++) {
                    s -= a[rowI + k] * a[rowJ + k];
                }
                a[rowI + j] = s / l;
            }
        }
        // L y = b, then Lᵀ x = y
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= a[i * n + k] * b[k];
            }
            b[i] = s / a[i * n + i];
        }
        for (int i = n - 1; i >= 0; i--) {
            double s = b[i];
            for (int k = i + 1; k < n; k++) {
                s -= a[k * n + i] * b[k];
            }
            b[i] = s / a[i * n + i];
        }
    }
}
