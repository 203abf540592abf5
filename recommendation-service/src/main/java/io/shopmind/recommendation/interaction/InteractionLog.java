package io.shopmind.recommendation.interaction;

import java.util.Arrays;

/**
 * An immutable, column-oriented list of interaction events: for each event the user index, item index,
 * implicit-feedback weight and timestamp (epoch seconds). Subsets made by {@link #select(int[])} share the
 * user and item {@link IdIndex}, so train and test parts of a split live in one index space.
 */
public final class InteractionLog {

    private final IdIndex users;
    private final IdIndex items;
    private final int[] userIndices;
    private final int[] itemIndices;
    private final float[] weights;
    private final long[] timestamps;

    private InteractionLog(IdIndex users, IdIndex items, int[] userIndices, int[] itemIndices, float[] weights,
            long[] timestamps) {
        this.users = users;
        this.items = items;
        this.userIndices = userIndices;
        this.itemIndices = itemIndices;
        this.weights = weights;
        this.timestamps = timestamps;
    }

    public IdIndex users() {
        return users;
    }

    public IdIndex items() {
        return items;
    }

    /** Number of events. */
    public int size() {
        return userIndices.length;
    }

    public int user(int event) {
        return userIndices[event];
    }

    public int item(int event) {
        return itemIndices[event];
    }

    public float weight(int event) {
        return weights[event];
    }

    public long timestamp(int event) {
        return timestamps[event];
    }

    /** The events at the given positions, in that order, over the same id indices. */
    public InteractionLog select(int[] events) {
        int n = events.length;
        int[] u = new int[n];
        int[] i = new int[n];
        float[] w = new float[n];
        long[] t = new long[n];
        for (int e = 0; e < n; e++) {
            int source = events[e];
            if (source < 0 || source >= size()) {
                throw new IllegalArgumentException("events: position " + source + " is outside 0.." + (size() - 1));
            }
            u[e] = userIndices[source];
            i[e] = itemIndices[source];
            w[e] = weights[source];
            t[e] = timestamps[source];
        }
        return new InteractionLog(users, items, u, i, w, t);
    }

    /** The events with positions {@code from} (inclusive) to {@code to} (exclusive). */
    public InteractionLog range(int from, int to) {
        if (from < 0 || to > size() || from > to) {
            throw new IllegalArgumentException("range: [" + from + ", " + to + ") is outside 0.." + size());
        }
        int[] positions = new int[to - from];
        for (int e = from; e < to; e++) {
            positions[e - from] = e;
        }
        return select(positions);
    }

    /** The same events with every weight set to 1: each interaction counts as one positive. */
    public InteractionLog binarized() {
        float[] ones = new float[weights.length];
        Arrays.fill(ones, 1f);
        return new InteractionLog(users, items, userIndices, itemIndices, ones, timestamps);
    }

    /** The user × item matrix of these events; repeated pairs are summed and keep their latest timestamp. */
    public InteractionMatrix toMatrix() {
        return InteractionMatrix.of(users, items, userIndices, itemIndices, weights, timestamps);
    }

    /** Collects events; ids are indexed in order of first appearance. Not thread-safe. */
    public static final class Builder {
        private final IdIndex.Builder users = new IdIndex.Builder();
        private final IdIndex.Builder items = new IdIndex.Builder();
        private int[] userIndices = new int[1024];
        private int[] itemIndices = new int[1024];
        private float[] weights = new float[1024];
        private long[] timestamps = new long[1024];
        private int size;

        /** Adds one event with a positive finite weight. */
        public Builder add(String userId, String itemId, double weight, long timestamp) {
            if (!(weight > 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("weight: must be positive and finite, was " + weight);
            }
            if (size == userIndices.length) {
                int capacity = size * 2;
                userIndices = Arrays.copyOf(userIndices, capacity);
                itemIndices = Arrays.copyOf(itemIndices, capacity);
                weights = Arrays.copyOf(weights, capacity);
                timestamps = Arrays.copyOf(timestamps, capacity);
            }
            userIndices[size] = users.indexOf(userId);
            itemIndices[size] = items.indexOf(itemId);
            weights[size] = (float) weight;
            timestamps[size] = timestamp;
            size++;
            return this;
        }

        public int size() {
            return size;
        }

        public InteractionLog build() {
            return new InteractionLog(users.build(), items.build(), Arrays.copyOf(userIndices, size),
                    Arrays.copyOf(itemIndices, size), Arrays.copyOf(weights, size), Arrays.copyOf(timestamps, size));
        }
    }
}
