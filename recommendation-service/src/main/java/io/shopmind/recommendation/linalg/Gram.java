package io.shopmind.recommendation.linalg;

import io.shopmind.recommendation.interaction.InteractionMatrix;

/** Gram matrices: {@code YᵀY + λI} of a factor matrix, and {@code XᵀX} of an interaction matrix. */
public final class Gram {

    private Gram() {
    }

    /** {@code YᵀY + λI} (f × f, row-major) of the row-major {@code rows × f} matrix {@code y}. */
    public static double[] plusRidge(double[] y, int rows, int f, double lambda) {
        double[] gram = new double[f * f];
        for (int row = 0; row < rows; row++) {
            addOuter(gram, y, row * f, 1.0, f);
        }
        return symmetrised(gram, f, lambda);
    }

    /** {@code YᵀY + λI} of single-precision factors, accumulated in double precision. */
    public static double[] plusRidge(float[] y, int rows, int f, double lambda) {
        double[] gram = new double[f * f];
        double[] row = new double[f];
        for (int r = 0; r < rows; r++) {
            for (int a = 0; a < f; a++) {
                row[a] = y[r * f + a];
            }
            addOuter(gram, row, 0, 1.0, f);
        }
        return symmetrised(gram, f, lambda);
    }

    /**
     * Adds {@code c · y yᵀ} to the upper triangle of {@code gram} (f × f, row-major), for {@code y} at
     * {@code y[offset..offset+f)}; {@link #symmetrised} or {@link #mirrorUpper} completes it.
     */
    public static void addOuter(double[] gram, double[] y, int offset, double c, int f) {
        for (int a = 0; a < f; a++) {
            double va = c * y[offset + a];
            if (va == 0) {
                continue;
            }
            int ga = a * f;
            for (int b = a; b < f; b++) {
                gram[ga + b] += va * y[offset + b];
            }
        }
    }

    /** Copies the upper triangle of the f × f {@code gram} into its lower triangle. */
    public static void mirrorUpper(double[] gram, int f) {
        for (int a = 0; a < f; a++) {
            for (int b = 0; b < a; b++) {
                gram[a * f + b] = gram[b * f + a];
            }
        }
    }

    private static double[] symmetrised(double[] gram, int f, double lambda) {
        for (int a = 0; a < f; a++) {
            gram[a * f + a] += lambda;
        }
        mirrorUpper(gram, f);
        return gram;
    }

    /** {@code XᵀX} (items × items, dense, row-major), accumulated row by row of X so only co-occurring pairs are touched. */
    public static double[] ofItems(InteractionMatrix x) {
        int n = x.itemCount();
        if ((long) n * n > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("interactions: " + n + " items is too many for a dense item-item matrix");
        }
        double[] g = new double[n * n];
        for (int u = 0; u < x.userCount(); u++) {
            int start = x.rowStart(u);
            int end = x.rowEnd(u);
            for (int p = start; p < end; p++) {
                double xi = x.valueAt(p);
                int row = x.itemAt(p) * n;
                for (int q = start; q < end; q++) {
                    g[row + x.itemAt(q)] += xi * x.valueAt(q);
                }
            }
        }
        return g;
    }
}
