package io.shopmind.recommendation.linalg;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * A sparse approximate inverse {@code M ≈ L⁻¹} of a unit lower-triangular {@code L}, column by column, as SANSA
 * (Spišák et al. 2023, §3.2) computes it: start from one step of Schulz's method, {@code M₀ = 2I − L}, then take
 * minimal-residual steps (Chow &amp; Saad 1998, "Approximate inverse preconditioners via sparse-sparse
 * iterations"): with the residual {@code r = e_j − L m} cut to its largest entries as the direction {@code d},
 * {@code m ← m + α d} for {@code α = (r·Ld) / ‖Ld‖²}, keeping each column's largest entries within its budget.
 * Columns are independent, so they run on all cores, and the result does not depend on how many.
 */
public final class ApproximateInverse {

    /**
     * The inverse's columns and how well it inverts.
     *
     * @param inverse          {@code M ≈ L⁻¹}, lower triangular with its unit diagonal stored
     * @param residualSquared  {@code ‖I − L M‖²_F / n}, SANSA's relative residual; 0 for an exact inverse
     */
    public record Result(SparseColumns inverse, double residualSquared) {
    }

    private ApproximateInverse() {
    }

    /**
     * @param lower    strictly lower entries of the unit lower-triangular L, by column with rows ascending
     * @param perColumn most entries kept in each column of M, the diagonal included
     * @param steps    minimal-residual steps per column
     */
    public static Result ofUnitLower(SparseColumns lower, int perColumn, int steps) {
        if (perColumn < 1 || steps < 0) {
            throw new IllegalArgumentException("perColumn: must be at least 1, and steps not negative");
        }
        int n = lower.n();
        int[][] columnRows = new int[n][];
        float[][] columnValues = new float[n][];
        double[] residuals = new double[n];
        ThreadLocal<SparseAccumulator[]> work = ThreadLocal.withInitial(
                () -> new SparseAccumulator[] {new SparseAccumulator(n), new SparseAccumulator(n), new SparseAccumulator(n)});
        IntStream.range(0, n).parallel().forEach(j -> {
            SparseAccumulator[] w = work.get();
            SparseAccumulator m = w[0];
            SparseAccumulator r = w[1];
            SparseAccumulator p = w[2];
            m.add(j, 1.0);
            for (int q = lower.start(j); q < lower.end(j); q++) {
                m.add(lower.rows()[q], -lower.values()[q]);
            }
            int[] kept = prune(m, perColumn, j);
            for (int step = 0; step < steps; step++) {
                residual(lower, m, kept, j, r);
                int[] direction = r.largest(2 * perColumn);
                p.clear();
                for (int k : direction) {
                    multiplyColumn(lower, k, r.value(k), p);
                }
                double rp = 0;
                double pp = 0;
                for (int t = 0; t < p.size(); t++) {
                    int i = p.touched(t);
                    rp += r.value(i) * p.value(i);
                    pp += p.value(i) * p.value(i);
                }
                if (!(pp > 0)) {
                    break;
                }
                double alpha = rp / pp;
                for (int k : direction) {
                    m.add(k, alpha * r.value(k));
                }
                r.clear();
                kept = prune(m, perColumn, j);
            }
            residual(lower, m, kept, j, r);
            double squared = 0;
            for (int t = 0; t < r.size(); t++) {
                double v = r.value(r.touched(t));
                squared += v * v;
            }
            residuals[j] = squared;
            r.clear();
            p.clear();
            columnRows[j] = kept;
            float[] values = new float[kept.length];
            for (int t = 0; t < kept.length; t++) {
                values[t] = (float) m.value(kept[t]);
            }
            columnValues[j] = values;
            m.clear();
        });
        int[] pointers = new int[n + 1];
        for (int j = 0; j < n; j++) {
            pointers[j + 1] = pointers[j] + columnRows[j].length;
        }
        int[] rows = new int[pointers[n]];
        float[] values = new float[pointers[n]];
        for (int j = 0; j < n; j++) {
            System.arraycopy(columnRows[j], 0, rows, pointers[j], columnRows[j].length);
            System.arraycopy(columnValues[j], 0, values, pointers[j], columnValues[j].length);
        }
        return new Result(new SparseColumns(n, pointers, rows, values), Arrays.stream(residuals).sum() / Math.max(1, n));
    }

    /** Keeps m's largest entries, its diagonal {@code j} among them, and zeroes the rest; returns the kept rows. */
    private static int[] prune(SparseAccumulator m, int perColumn, int j) {
        double diagonal = m.value(j);
        m.set(j, Double.POSITIVE_INFINITY);
        int[] kept = m.largest(perColumn);
        m.set(j, diagonal);
        double[] keptValues = new double[kept.length];
        for (int t = 0; t < kept.length; t++) {
            keptValues[t] = m.value(kept[t]);
        }
        m.clear();
        for (int t = 0; t < kept.length; t++) {
            m.add(kept[t], keptValues[t]);
        }
        return kept;
    }

    /** {@code r = e_j − L m} for the unit lower-triangular L. */
    private static void residual(SparseColumns lower, SparseAccumulator m, int[] kept, int j, SparseAccumulator r) {
        r.clear();
        r.add(j, 1.0);
        for (int k : kept) {
            multiplyColumn(lower, k, -m.value(k), r);
        }
    }

    /** Adds {@code scale · L e_k} (the unit diagonal and column k's entries below it) to {@code into}. */
    private static void multiplyColumn(SparseColumns lower, int k, double scale, SparseAccumulator into) {
        into.add(k, scale);
        for (int q = lower.start(k); q < lower.end(k); q++) {
            into.add(lower.rows()[q], scale * lower.values()[q]);
        }
    }
}
