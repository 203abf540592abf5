package io.shopmind.recommendation.evaluation;

import io.shopmind.recommendation.interaction.IdIndex;
import io.shopmind.recommendation.interaction.InteractionLog;
import io.shopmind.recommendation.interaction.InteractionMatrix;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A train/validation/test split of (user, item) cells over one user and item index. Splits work on distinct cells,
 * not raw events, so a pair never lands on two sides. Validation cells are neither trained on nor scored: ranking
 * for the test leaves them out as it leaves out training cells, as RecBole does.
 *
 * @param train      cells to train on
 * @param validation held-out cells kept out of training and out of the ranked lists (often none)
 * @param test       held-out cells to rank
 */
public record Split(InteractionMatrix train, InteractionMatrix validation, InteractionMatrix test) {

    private static final byte TRAIN = 0;
    private static final byte VALIDATION = 1;
    private static final byte TEST = 2;

    public Split {
        if (train.users() != test.users() || train.items() != test.items()
                || train.users() != validation.users() || train.items() != validation.items()) {
            throw new IllegalArgumentException("test: must share the train matrix's user and item index");
        }
    }

    /** A split without validation cells. */
    public Split(InteractionMatrix train, InteractionMatrix test) {
        this(train, InteractionMatrix.of(train.users(), train.items(), new int[0], new int[0], new float[0],
                new long[0]), test);
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
        return shuffledPerUser(all, seed, n -> {
            int train = (int) Math.round(ratio * n);
            return new int[] {train, 0};
        });
    }

    /**
     * Random per-user split into training, validation and test as RecBole's {@code RS} with {@code group_by: user}:
     * the ratios are divided by their sum; each user's cells are shuffled; validation and test take
     * {@code ⌊ratio × n⌋} cells each, one more where {@code ratio × n} lies strictly between 0 and 1 and training
     * still keeps more than one (test first); training takes the rest.
     */
    public static Split stratified(InteractionMatrix all, double trainRatio, double validationRatio, double testRatio,
            long seed) {
        if (!(trainRatio > 0 && validationRatio >= 0 && testRatio > 0)) {
            throw new IllegalArgumentException("ratios: training and test must be positive and validation"
                    + " non-negative; were " + trainRatio + ", " + validationRatio + ", " + testRatio);
        }
        double sum = trainRatio + validationRatio + testRatio;
        double[] shares = {trainRatio / sum, validationRatio / sum, testRatio / sum};
        return shuffledPerUser(all, seed, n -> {
            int[] counts = new int[3];
            for (int i = 1; i < 3; i++) {
                counts[i] = (int) (shares[i] * n);
            }
            counts[0] = n - counts[1] - counts[2];
            for (int i = 2; i >= 1 && counts[0] > 1; i--) {
                if (shares[i] * n > 0 && shares[i] * n < 1) {
                    counts[i]++;
                    counts[0]--;
                }
            }
            return new int[] {counts[0], counts[1]};
        });
    }

    /** How many of a user's {@code n} cells go to training and to validation; the rest are tested. */
    private interface Shares {
        int[] of(int n);
    }

    private static Split shuffledPerUser(InteractionMatrix all, long seed, Shares shares) {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] part = new byte[all.nonZeroCount()];
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
            int[] sizes = shares.of(n);
            for (int p = sizes[0]; p < n; p++) {
                part[positions[p]] = p < sizes[0] + sizes[1] ? VALIDATION : TEST;
            }
        }
        return partition(all, part);
    }

    /** Each user's latest cell (by timestamp, then higher item index) is held out; users with one cell keep it. */
    public static Split leaveLastOut(InteractionMatrix all) {
        byte[] part = new byte[all.nonZeroCount()];
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
            part[last] = TEST;
        }
        return partition(all, part);
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

    private static Split partition(InteractionMatrix all, byte[] part) {
        int[] counts = new int[3];
        for (byte b : part) {
            counts[b]++;
        }
        Cells[] cells = {new Cells(counts[TRAIN]), new Cells(counts[VALIDATION]), new Cells(counts[TEST])};
        for (int u = 0; u < all.userCount(); u++) {
            for (int p = all.rowStart(u); p < all.rowEnd(u); p++) {
                cells[part[p]].add(u, all.itemAt(p), all.valueAt(p), all.timestampAt(p));
            }
        }
        return new Split(cells[TRAIN].toMatrix(all.users(), all.items()),
                cells[VALIDATION].toMatrix(all.users(), all.items()), cells[TEST].toMatrix(all.users(), all.items()));
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
