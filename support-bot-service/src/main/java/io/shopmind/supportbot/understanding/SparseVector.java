package io.shopmind.supportbot.understanding;

import smile.util.SparseArray;

/** A feature vector as its non-zero entries, indices ascending. */
public record SparseVector(int[] index, double[] value) {

    public int size() {
        return index.length;
    }

    SparseArray toSmile() {
        SparseArray array = new SparseArray(index.length);
        for (int i = 0; i < index.length; i++) {
            array.append(index[i], value[i]);
        }
        return array;
    }
}
