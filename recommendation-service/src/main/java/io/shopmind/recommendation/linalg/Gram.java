package io.shopmind.recommendation.linalg;

import io.shopmind.recommendation.interaction.InteractionMatrix;
import java.util.Arrays;
import java.util.stream.IntStream;

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
        for (int r = 0; r < rows; r++) {
            addOuter(gram, y, r * f, 1.0, f);
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

    /** {@link #addOuter(double[], double[], int, double, int)} for a single-precision {@code y}. */
    public static void addOuter(double[] gram, float[] y, int offset, double c, int f) {
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

    /** One block of columns: each column's entry count, then their rows and values in turn. */
    private record Block(int[] counts, int[] rows, float[] values) {
    }

    /**
     * The lower triangle, diagonal included, of {@code XᵀX} with its items renumbered: item {@code order[p]} becomes
     * row and column {@code p}. Sparse by column, rows ascending; only co-occurring pairs are stored. Columns are
     * built in parallel blocks joined in order, so the result does not depend on the number of cores.
     */
    public static SparseColumns lowerOfItems(InteractionMatrix x, int[] order) {
        int n = x.itemCount();
        if (order.length != n) {
            throw new IllegalArgumentException("order: expected a permutation of the " + n + " items");
        }
        int[] position = new int[n];
        for (int p = 0; p < n; p++) {
            position[order[p]] = p;
        }
        int blocks = Math.max(1, Math.min(n, 64));
        int blockSize = (n + blocks - 1) / blocks;
        ThreadLocal<SparseAccumulator> work = ThreadLocal.withInitial(() -> new SparseAccumulator(n));
        Block[] parts = IntStream.range(0, blocks).parallel().mapToObj(b -> {
            SparseAccumulator column = work.get();
            int from = b * blockSize;
            int to = Math.min(n, from + blockSize);
            int[] counts = new int[Math.max(0, to - from)];
            int[] rows = new int[1024];
            float[] values = new float[1024];
            int size = 0;
            for (int j = from; j < to; j++) {
                int item = order[j];
                for (int q = x.columnStart(item); q < x.columnEnd(item); q++) {
                    int u = x.userAt(q);
                    double xu = x.columnValueAt(q);
                    for (int p = x.rowStart(u); p < x.rowEnd(u); p++) {
                        int i = position[x.itemAt(p)];
                        if (i >= j) {
                            column.add(i, xu * x.valueAt(p));
                        }
                    }
                }
                int[] touched = new int[column.size()];
                for (int t = 0; t < touched.length; t++) {
                    touched[t] = column.touched(t);
                }
                Arrays.sort(touched);
                if (size + touched.length > rows.length) {
                    int grown = Math.max(size + touched.length, rows.length * 2);
                    rows = Arrays.copyOf(rows, grown);
                    values = Arrays.copyOf(values, grown);
                }
                for (int i : touched) {
                    rows[size] = i;
                    values[size++] = (float) column.value(i);
                }
                counts[j - from] = touched.length;
                column.clear();
            }
            return new Block(counts, Arrays.copyOf(rows, size), Arrays.copyOf(values, size));
        }).toArray(Block[]::new);
        int[] pointers = new int[n + 1];
        long total = 0;
        for (int b = 0; b < blocks; b++) {
            int[] counts = parts[b].counts();
            for (int c = 0; c < counts.length; c++) {
                int j = b * blockSize + c;
                total += counts[c];
                if (total > Integer.MAX_VALUE - 8) {
                    throw new IllegalArgumentException("interactions: more co-occurring item pairs than one array holds");
                }
                pointers[j + 1] = (int) total;
            }
        }
        int[] rows = new int[(int) total];
        float[] values = new float[(int) total];
        int at = 0;
        for (Block part : parts) {
            System.arraycopy(part.rows(), 0, rows, at, part.rows().length);
            System.arraycopy(part.values(), 0, values, at, part.values().length);
            at += part.rows().length;
        }
        return new SparseColumns(n, pointers, rows, values);
    }
}
