package io.shopmind.recommendation.ease;

/** Dense symmetric positive-definite linear algebra on row-major {@code double[n*n]} arrays. */
final class SymmetricMatrices {

    private SymmetricMatrices() {
    }

    /**
     * The inverse of a symmetric positive-definite matrix by Cholesky factorisation {@code A = LLᵀ}, then
     * {@code A⁻¹ = L⁻ᵀL⁻¹} (Golub &amp; Van Loan, Matrix Computations, §4.2). Overwrites and returns {@code a}.
     */
    static double[] invertPositiveDefinite(double[] a, int n) {
        // Cholesky, lower triangle in place (row-oriented, inner loops over contiguous rows)
        for (int j = 0; j < n; j++) {
            int rowJ = j * n;
            double d = a[rowJ + j] - dot(a, rowJ, rowJ, j);
            if (!(d > 0)) {
                throw new IllegalArgumentException("a: matrix is not positive definite (pivot " + j + ")");
            }
            double ljj = Math.sqrt(d);
            a[rowJ + j] = ljj;
            for (int i = j + 1; i < n; i++) {
                int rowI = i * n;
                a[rowI + j] = (a[rowI + j] - dot(a, rowI, rowJ, j)) / ljj;
            }
        }
        // M = L⁻¹ row by row: M_i· = −(1/L_ii) Σ_{k<i} L_ik M_k·, with M_ii = 1/L_ii; rows are contiguous
        double[] accumulator = new double[n];
        for (int i = 0; i < n; i++) {
            int rowI = i * n;
            java.util.Arrays.fill(accumulator, 0, i, 0.0);
            for (int k = 0; k < i; k++) {
                double lik = a[rowI + k];
                if (lik == 0) {
                    continue;
                }
                int rowK = k * n;
                for (int j = 0; j <= k; j++) {
                    accumulator[j] += lik * a[rowK + j];
                }
            }
            double lii = a[rowI + i];
            for (int j = 0; j < i; j++) {
                a[rowI + j] = -accumulator[j] / lii;
            }
            a[rowI + i] = 1.0 / lii;
        }
        // A⁻¹ = MᵀM with M = L⁻¹: (A⁻¹)_ij = Σ_{k ≥ max(i,j)} M_ki M_kj
        double[] result = new double[n * n];
        for (int k = 0; k < n; k++) {
            int rowK = k * n;
            for (int i = 0; i <= k; i++) {
                double mki = a[rowK + i];
                if (mki == 0) {
                    continue;
                }
                int rowI = i * n;
                for (int j = 0; j <= i; j++) {
                    result[rowI + j] += mki * a[rowK + j];
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                result[j * n + i] = result[i * n + j];
            }
        }
        System.arraycopy(result, 0, a, 0, n * n);
        return a;
    }

    /** Σ_{k<length} a[x+k]·a[y+k], with four partial sums so the loop is not bound by one add chain. */
    private static double dot(double[] a, int x, int y, int length) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int k = 0;
        for (int end = length & ~3; k < end; k += 4) {
            s0 += a[x + k] * a[y + k];
            s1 += a[x + k + 1] * a[y + k + 1];
            s2 += a[x + k + 2] * a[y + k + 2];
            s3 += a[x + k + 3] * a[y + k + 3];
        }
        for (; k < length; k++) {
            s0 += a[x + k] * a[y + k];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
