package io.shopmind.supportbot.understanding;

/** A feature vector as its non-zero entries, indices ascending. */
public record SparseVector(int[] index, double[] value) {

    public int size() {
        return index.length;
    }
}
