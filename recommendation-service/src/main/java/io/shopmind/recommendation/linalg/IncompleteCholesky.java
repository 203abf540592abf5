package io.shopmind.recommendation.linalg;

import java.util.Arrays;

/**
 * Incomplete Cholesky factorisation with a memory budget, {@code A + shift·I ≈ L D Lᵀ} with unit lower-triangular
 * {@code L}: the left-looking column algorithm of Lin &amp; Moré (1999, "Incomplete Cholesky factorizations with
 * limited memory", SIAM J. Sci. Comput. 21(1)) as SANSA uses it (Spišák et al. 2023, "Scalable Approximate
 * NonSymmetric Autoencoder for Collaborative Filtering", RecSys, §3.1): each column keeps its largest entries within
 * an equal share of the budget that is left, and every computed entry, kept or dropped, is taken off the diagonals
 * below. When a pivot is not positive the factorisation starts again with a larger shift.
 */
public final class IncompleteCholesky {

    /**
     * The factor: {@code lower} holds the strictly lower entries of L by column (rows ascending), {@code pivots} the
     * diagonal of D.
     *
     * @param lower  strictly lower part of the unit lower-triangular L
     * @param pivots D's diagonal
     * @param shift  the diagonal shift that made every pivot positive
     */
    public record Factor(SparseColumns lower, double[] pivots, double shift) {
    }

    private IncompleteCholesky() {
    }

    /**
     * @param a           the lower triangle of a symmetric matrix, diagonal included, by column with rows ascending
     * @param shift       added to the diagonal, e.g. EASE's λ
     * @param budget      most entries of L below the diagonal, over all columns
     */
    public static Factor factor(SparseColumns a, double shift, long budget) {
        double tried = shift;
        for (int attempt = 0; ; attempt++) {
            Factor factor = attempt(a, tried, budget);
            if (factor != null) {
                return factor;
            }
            if (attempt == 30) {
                throw new IllegalArgumentException("a: no positive-definite incomplete factor up to shift " + tried);
            }
            // as SANSA: a growing step on top of the requested shift
            tried = shift + 1e-3 * Math.max(1, shift) * Math.pow(2, attempt);
        }
    }

    private static Factor attempt(SparseColumns a, double shift, long budget) {
        int n = a.n();
        double[] d = new double[n];
        for (int j = 0; j < n; j++) {
            d[j] = shift;
            for (int q = a.start(j); q < a.end(j); q++) {
                if (a.rows()[q] == j) {
                    d[j] += a.values()[q];
                }
            }
        }
        int capacity = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(16, Math.min(budget, (long) n * (n - 1) / 2)));
        int[] rows = new int[Math.min(capacity, 1 << 20)];
        double[] values = new double[rows.length];
        int[] pointers = new int[n + 1];
        // next[k]: position in column k of its first entry at or below the current row; head/link: the columns
        // whose next entry lies in row j, as a linked list
        int[] next = new int[n];
        int[] head = new int[n];
        int[] link = new int[n];
        Arrays.fill(head, -1);
        SparseAccumulator column = new SparseAccumulator(n);
        double[] pivots = new double[n];
        long stored = 0;
        for (int j = 0; j < n; j++) {
            for (int q = a.start(j); q < a.end(j); q++) {
                int i = a.rows()[q];
                if (i > j) {
                    column.add(i, a.values()[q]);
                }
            }
            int k = head[j];
            while (k != -1) {
                int following = link[k];
                int position = next[k];
                double ljk = values[position];
                position++;
                int end = pointers[k + 1];
                for (int q = position; q < end; q++) {
                    column.add(rows[q], -values[q] * ljk * pivots[k]);
                }
                if (position < end) {
                    next[k] = position;
                    int r = rows[position];
                    link[k] = head[r];
                    head[r] = k;
                }
                k = following;
            }
            if (!(d[j] > 0)) {
                return null;
            }
            pivots[j] = d[j];
            long share = (budget - stored) / (n - j);
            int[] kept = column.largest((int) Math.max(0, Math.min(Integer.MAX_VALUE, share)));
            for (int t = 0; t < column.size(); t++) {
                int i = column.touched(t);
                double lij = column.value(i) / pivots[j];
                d[i] -= lij * lij * pivots[j];
            }
            if (pointers[j] + kept.length > rows.length) {
                int grown = (int) Math.min(Integer.MAX_VALUE - 8, Math.max((long) rows.length * 2, pointers[j] + kept.length));
                rows = Arrays.copyOf(rows, grown);
                values = Arrays.copyOf(values, grown);
            }
            int p = pointers[j];
            for (int i : kept) {
                rows[p] = i;
                values[p++] = column.value(i) / pivots[j];
            }
            pointers[j + 1] = p;
            stored = p;
            column.clear();
            if (p > pointers[j]) {
                next[j] = pointers[j];
                int r = rows[pointers[j]];
                link[j] = head[r];
                head[r] = j;
            }
        }
        float[] single = new float[pointers[n]];
        for (int q = 0; q < single.length; q++) {
            single[q] = (float) values[q];
        }
        return new Factor(new SparseColumns(n, pointers, Arrays.copyOf(rows, pointers[n]), single), pivots, shift);
    }
}
