package io.shopmind.recommendation.evaluation;

import io.shopmind.recommendation.interaction.IdIndex;
import io.shopmind.recommendation.interaction.InteractionLog;
import io.shopmind.recommendation.interaction.InteractionMatrix;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A train/test split of (user, item) cells over one user and item index. Splits work on distinct cells, not raw
 * events, so a pair never lands on both sides.
 *
 * @param train cells to train on
 * @param test  held-out cells to rank
 */
public record Split(InteractionMatrix train, InteractionMatrix test) {

    public Split {
        if (train.users() != test.users() || train.items() != test.items()) {
            throw new IllegalArgumentException("test: must share the train matrix's user and item index");
        }
    }

    /**
     * Random per-user stratified holdout as in Microsoft Recommenders' {@code python_stratified_split}: each user's
     * cells are shuffled and the first {@code round(ratio × n)} go to training, so every user keeps the same share
     * on both sides.
     */
    public static Split stratified(InteractionMatrix all, double ratio, long seed) {
        if (!(ratio > 0 && ratio < 1)) {
            throw new IllegalArgumentException("ratio: must be strictly between 0 and 1, was " + ratio);
        }
        SplittableRandom random = new SplittableRandom(seed);
        boolean[] toTest = new boolean[all.nonZeroCount()];
        int[] positions = new int[0];
        for (int u = 0; u < all.userCount(); u++) {
            int start = all.rowStart(u);
            int n = all.rowLength(u);
            if (positions.length < n) {
                positions = new int[Math.max(n, positions.length * 2)];
            }
            for (int p = 0; p < n; p++) {
                positions[p] = start + p;
            }
            for (int p = n - 1; p > 0; p--) {
                int q = random.nextInt(p + 1);
                int t = positions[p];
                positions[p] = positions[q];
                positions[q] = t;
            }
            long trainSize = Math.round(ratio * n);
            for (int p = (int) trainSize; p < n; p++) {
                toTest[positions[p]] = true;
            }
        }
        return partition(all, toTest);
    }

    /** Each user's latest cell (by timestamp, then higher item index) is held out; users with one cell keep it. */
    public static Split leaveLastOut(InteractionMatrix all) {
        boolean[] toTest = new boolean[all.nonZeroCount()];
        for (int u = 0; u < all.userCount(); u++) {
            if (all.rowLength(u) < 2) {
                continue;
            }
            int last = all.rowStart(u);
            for (int p = last + 1; p < all.rowEnd(u); p++) {
                if (all.timestampAt(p) >= all.timestampAt(last)) {
                    last = p;
                }
            }
            toTest[last] = true;
        }
        return partition(all, toTest);
    }

    /**
     * Given train and test events, e.g. MovieLens {@code u1.base} and {@code u1.test} read into one log: events
     * before position {@code testStart} train, the rest test.
     */
    public static Split given(InteractionLog log, int testStart) {
        if (testStart < 0 || testStart > log.size()) {
            throw new IllegalArgumentException("testStart: " + testStart + " is outside 0.." + log.size());
        }
        return new Split(log.range(0, testStart).toMatrix(), log.range(testStart, log.size()).toMatrix());
    }

    private static Split partition(InteractionMatrix all, boolean[] toTest) {
        int testCount = 0;
        for (boolean t : toTest) {
            if (t) {
                testCount++;
            }
        }
        int trainCount = toTest.length - testCount;
        Cells train = new Cells(trainCount);
        Cells test = new Cells(testCount);
        for (int u = 0; u < all.userCount(); u++) {
            for (int p = all.rowStart(u); p < all.rowEnd(u); p++) {
                (toTest[p] ? test : train).add(u, all.itemAt(p), all.valueAt(p), all.timestampAt(p));
            }
        }
        return new Split(train.toMatrix(all.users(), all.items()), test.toMatrix(all.users(), all.items()));
    }

    private static final class Cells {
        final int[] users;
        final int[] items;
        final float[] weights;
        final long[] timestamps;
        int size;

        Cells(int capacity) {
            users = new int[capacity];
            items = new int[capacity];
            weights = new float[capacity];
            timestamps = new long[capacity];
        }

        void add(int user, int item, float weight, long timestamp) {
            users[size] = user;
            items[size] = item;
            weights[size] = weight;
            timestamps[size] = timestamp;
            size++;
        }

        InteractionMatrix toMatrix(IdIndex userIndex, IdIndex itemIndex) {
            return InteractionMatrix.of(userIndex, itemIndex, Arrays.copyOf(users, size), Arrays.copyOf(items, size),
                    Arrays.copyOf(weights, size), Arrays.copyOf(timestamps, size));
        }
    }
}
