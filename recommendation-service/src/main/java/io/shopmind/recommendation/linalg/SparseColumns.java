package io.shopmind.recommendation.linalg;

/**
 * A square sparse matrix in compressed columns: column j's entries are {@code rows[pointers[j]..pointers[j+1])}
 * with {@code values} at the same positions, rows ascending within a column. Values are single precision, as the
 * large factors of a sparse model are stored.
 *
 * @param n        rows and columns
 * @param pointers start of each column, {@code n + 1} long
 * @param rows     row index of each entry
 * @param values   value of each entry
 */
public record SparseColumns(int n, int[] pointers, int[] rows, float[] values) {

    public SparseColumns {
        if (pointers.length != n + 1 || rows.length != values.length || pointers[n] > rows.length) {
            throw new IllegalArgumentException("pointers: do not describe " + n + " columns of the given entries");
        }
    }

    public int start(int column) {
        return pointers[column];
    }

    public int end(int column) {
        return pointers[column + 1];
    }

    public int nonZeroCount() {
        return pointers[n];
    }

    /** The same matrix transposed: its rows as compressed columns. */
    public SparseColumns transposed() {
        int nnz = nonZeroCount();
        int[] counts = new int[n + 1];
        for (int q = 0; q < nnz; q++) {
            counts[rows[q] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            counts[i + 1] += counts[i];
        }
        int[] next = java.util.Arrays.copyOf(counts, n);
        int[] transposedRows = new int[nnz];
        float[] transposedValues = new float[nnz];
        for (int j = 0; j < n; j++) {
            for (int q = pointers[j]; q < pointers[j + 1]; q++) {
                int p = next[rows[q]]++;
                transposedRows[p] = j;
                transposedValues[p] = values[q];
            }
        }
        return new SparseColumns(n, counts, transposedRows, transposedValues);
    }
}
