package io.shopmind.recommendation.interaction;

import java.util.Arrays;

/**
 * An immutable sparse user × item matrix of implicit-feedback weights, stored twice: by row (CSR, a user's
 * items in ascending item order) and by column (CSC, an item's users in ascending user order). Each stored
 * cell also keeps the latest timestamp of the events summed into it.
 */
public final class InteractionMatrix {

    private final IdIndex users;
    private final IdIndex items;
    private final int[] rowPointers;
    private final int[] columnIndices;
    private final float[] values;
    private final long[] timestamps;
    private final int[] columnPointers;
    private final int[] rowIndices;
    private final float[] columnValues;

    private InteractionMatrix(IdIndex users, IdIndex items, int[] rowPointers, int[] columnIndices, float[] values,
            long[] timestamps) {
        this.users = users;
        this.items = items;
        this.rowPointers = rowPointers;
        this.columnIndices = columnIndices;
        this.values = values;
        this.timestamps = timestamps;
        int nnz = columnIndices.length;
        int itemCount = items.size();
        this.columnPointers = new int[itemCount + 1];
        for (int p = 0; p < nnz; p++) {
            columnPointers[columnIndices[p] + 1]++;
        }
        for (int i = 0; i < itemCount; i++) {
            columnPointers[i + 1] += columnPointers[i];
        }
        this.rowIndices = new int[nnz];
        this.columnValues = new float[nnz];
        int[] next = Arrays.copyOf(columnPointers, itemCount);
        for (int u = 0; u < users.size(); u++) {
            for (int p = rowPointers[u]; p < rowPointers[u + 1]; p++) {
                int q = next[columnIndices[p]]++;
                rowIndices[q] = u;
                columnValues[q] = values[p];
            }
        }
    }

    /**
     * Builds the matrix from parallel arrays of events; repeated (user, item) pairs are summed and keep their
     * latest timestamp.
     */
    public static InteractionMatrix of(IdIndex users, IdIndex items, int[] userIndices, int[] itemIndices,
            float[] weights, long[] eventTimestamps) {
        int n = userIndices.length;
        if (itemIndices.length != n || weights.length != n || eventTimestamps.length != n) {
            throw new IllegalArgumentException("userIndices: parallel arrays must have equal lengths");
        }
        int userCount = users.size();
        int itemCount = items.size();
        int[] counts = new int[userCount + 1];
        for (int e = 0; e < n; e++) {
            if (userIndices[e] < 0 || userIndices[e] >= userCount) {
                throw new IllegalArgumentException("userIndices: " + userIndices[e] + " outside the user index");
            }
            if (itemIndices[e] < 0 || itemIndices[e] >= itemCount) {
                throw new IllegalArgumentException("itemIndices: " + itemIndices[e] + " outside the item index");
            }
            counts[userIndices[e] + 1]++;
        }
        for (int u = 0; u < userCount; u++) {
            counts[u + 1] += counts[u];
        }
        // bucket events by user, then sort each row by item and merge duplicates
        int[] order = new int[n];
        int[] next = Arrays.copyOf(counts, userCount);
        for (int e = 0; e < n; e++) {
            order[next[userIndices[e]]++] = e;
        }
        int[] rowPointers = new int[userCount + 1];
        int[] columns = new int[n];
        float[] values = new float[n];
        long[] times = new long[n];
        long[] keys = new long[0];
        int nnz = 0;
        for (int u = 0; u < userCount; u++) {
            int from = counts[u];
            int to = counts[u + 1];
            int len = to - from;
            if (keys.length < len) {
                keys = new long[Math.max(len, keys.length * 2)];
            }
            for (int p = 0; p < len; p++) {
                int e = order[from + p];
                keys[p] = ((long) itemIndices[e] << 32) | e;
            }
            Arrays.sort(keys, 0, len);
            int lastItem = -1;
            for (int p = 0; p < len; p++) {
                int item = (int) (keys[p] >>> 32);
                int e = (int) keys[p];
                if (item == lastItem) {
                    values[nnz - 1] += weights[e];
                    times[nnz - 1] = Math.max(times[nnz - 1], eventTimestamps[e]);
                } else {
                    columns[nnz] = item;
                    values[nnz] = weights[e];
                    times[nnz] = eventTimestamps[e];
                    nnz++;
                    lastItem = item;
                }
            }
            rowPointers[u + 1] = nnz;
        }
        return new InteractionMatrix(users, items, rowPointers, Arrays.copyOf(columns, nnz),
                Arrays.copyOf(values, nnz), Arrays.copyOf(times, nnz));
    }

    public IdIndex users() {
        return users;
    }

    public IdIndex items() {
        return items;
    }

    public int userCount() {
        return users.size();
    }

    public int itemCount() {
        return items.size();
    }

    /** Number of stored (user, item) cells. */
    public int nonZeroCount() {
        return columnIndices.length;
    }

    /** First position of user {@code u}'s row; iterate positions up to {@link #rowEnd(int)}. */
    public int rowStart(int u) {
        return rowPointers[u];
    }

    public int rowEnd(int u) {
        return rowPointers[u + 1];
    }

    /** Item at row position {@code p}. */
    public int itemAt(int p) {
        return columnIndices[p];
    }

    /** Weight at row position {@code p}. */
    public float valueAt(int p) {
        return values[p];
    }

    /** Latest timestamp at row position {@code p}. */
    public long timestampAt(int p) {
        return timestamps[p];
    }

    /** First position of item {@code i}'s column; iterate positions up to {@link #columnEnd(int)}. */
    public int columnStart(int i) {
        return columnPointers[i];
    }

    public int columnEnd(int i) {
        return columnPointers[i + 1];
    }

    /** User at column position {@code q}. */
    public int userAt(int q) {
        return rowIndices[q];
    }

    /** Weight at column position {@code q}. */
    public float columnValueAt(int q) {
        return columnValues[q];
    }

    /** Number of items in user {@code u}'s row. */
    public int rowLength(int u) {
        return rowPointers[u + 1] - rowPointers[u];
    }

    /** Number of users in item {@code i}'s column. */
    public int columnLength(int i) {
        return columnPointers[i + 1] - columnPointers[i];
    }

    /** A copy of user {@code u}'s items in ascending order. */
    public int[] itemsOf(int u) {
        checkUser(u);
        return Arrays.copyOfRange(columnIndices, rowPointers[u], rowPointers[u + 1]);
    }

    /** Whether user {@code u} has a stored cell for item {@code i}. */
    public boolean contains(int u, int i) {
        checkUser(u);
        return Arrays.binarySearch(columnIndices, rowPointers[u], rowPointers[u + 1], i) >= 0;
    }

    /** The weight of cell (u, i), or 0 when absent. */
    public float value(int u, int i) {
        checkUser(u);
        int p = Arrays.binarySearch(columnIndices, rowPointers[u], rowPointers[u + 1], i);
        return p >= 0 ? values[p] : 0f;
    }

    /** The same cells with every weight set to 1. */
    public InteractionMatrix binarized() {
        float[] ones = new float[values.length];
        Arrays.fill(ones, 1f);
        return new InteractionMatrix(users, items, rowPointers, columnIndices, ones, timestamps);
    }

    /** The item × user matrix: rows become columns, with the user and item indices swapped. */
    public InteractionMatrix transposed() {
        return new InteractionMatrix(items, users, columnPointers, rowIndices, columnValues, columnTimestamps());
    }

    private long[] columnTimestamps() {
        long[] result = new long[timestamps.length];
        int[] next = Arrays.copyOf(columnPointers, items.size());
        for (int u = 0; u < users.size(); u++) {
            for (int p = rowPointers[u]; p < rowPointers[u + 1]; p++) {
                result[next[columnIndices[p]]++] = timestamps[p];
            }
        }
        return result;
    }

    private void checkUser(int u) {
        if (u < 0 || u >= users.size()) {
            throw new IllegalArgumentException("user: " + u + " is outside 0.." + (users.size() - 1));
        }
    }
}
