package io.shopmind.recommendation.linalg;

import java.util.Arrays;

/**
 * A dense work vector that remembers which entries it touched, so a sparse sum costs what it touches, and clearing
 * it costs the same. One per thread; not thread-safe.
 */
public final class SparseAccumulator {

    private final double[] values;
    private final boolean[] marked;
    private final int[] touched;
    private int size;

    public SparseAccumulator(int n) {
        values = new double[n];
        marked = new boolean[n];
        touched = new int[n];
    }

    public void add(int index, double value) {
        if (!marked[index]) {
            marked[index] = true;
            touched[size++] = index;
        }
        values[index] += value;
    }

    public void clear() {
        for (int t = 0; t < size; t++) {
            values[touched[t]] = 0;
            marked[touched[t]] = false;
        }
        size = 0;
    }

    /** The value at {@code index}, 0 when untouched. */
    public double value(int index) {
        return values[index];
    }

    /** How many indices were touched since the last {@link #clear}. */
    public int size() {
        return size;
    }

    /** The {@code t}-th touched index, in the order first touched. */
    public int touched(int t) {
        return touched[t];
    }

    /** Sets a touched index's value. */
    void set(int index, double value) {
        values[index] = value;
    }

    /**
     * The touched indices whose values are the {@code keep} largest in magnitude (all of them when fewer), in
     * ascending index order; ties at the threshold go to the lower index.
     */
    public int[] largest(int keep) {
        if (size <= keep) {
            int[] all = Arrays.copyOf(touched, size);
            Arrays.sort(all);
            return all;
        }
        if (keep == 0) {
            return new int[0];
        }
        double[] magnitudes = new double[size];
        for (int t = 0; t < size; t++) {
            magnitudes[t] = Math.abs(values[touched[t]]);
        }
        double threshold = kthLargest(magnitudes.clone(), keep);
        // every index above the threshold, then the lowest indices at it until {@code keep} are chosen
        int[] chosen = new int[keep];
        int count = 0;
        for (int t = 0; t < size; t++) {
            if (magnitudes[t] > threshold) {
                chosen[count++] = touched[t];
            }
        }
        int[] tied = new int[size - count];
        int ties = 0;
        for (int t = 0; t < size; t++) {
            if (magnitudes[t] == threshold) {
                tied[ties++] = touched[t];
            }
        }
        Arrays.sort(tied, 0, ties);
        for (int t = 0; count < keep && t < ties; t++) {
            chosen[count++] = tied[t];
        }
        Arrays.sort(chosen, 0, count);
        return count == keep ? chosen : Arrays.copyOf(chosen, count);
    }

    /** The k-th largest of {@code x} (1-based), by quickselect; reorders {@code x}. */
    static double kthLargest(double[] x, int k) {
        int target = x.length - k;
        int lo = 0;
        int hi = x.length - 1;
        while (lo < hi) {
            double pivot = x[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (x[i] < pivot) {
                    i++;
                }
                while (x[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = x[i];
                    x[i] = x[j];
                    x[j] = t;
                    i++;
                    j--;
                }
            }
            if (target <= j) {
                hi = j;
            } else if (target >= i) {
                lo = i;
            } else {
                return x[target];
            }
        }
        return x[target];
    }
}
