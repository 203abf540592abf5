package io.shopmind.recommendation.model;

import java.util.Arrays;

/**
 * Co-purchase rules every served model carries, in compressed rows: antecedent a's consequents are
 * {@code items[pointers[a]..pointers[a+1])}, highest lift first, with their confidences.
 */
public record CoPurchaseRules(int[] pointers, int[] items, float[] confidences) {

    public CoPurchaseRules {
        int n = pointers.length - 1;
        if (n < 0 || items.length != confidences.length || pointers[n] != items.length) {
            throw new IllegalArgumentException("rules: pointers, items and confidences do not match");
        }
    }

    /** No rules over {@code itemCount} items. */
    public static CoPurchaseRules none(int itemCount) {
        return new CoPurchaseRules(new int[itemCount + 1], new int[0], new float[0]);
    }

    public int itemCount() {
        return pointers.length - 1;
    }

    /** The confidence of the rule {@code a → j}, 0 when there is none. */
    public double confidence(int a, int j) {
        for (int q = pointers[a]; q < pointers[a + 1]; q++) {
            if (items[q] == j) {
                return confidences[q];
            }
        }
        return 0;
    }

    /**
     * Scores every item by the strongest rule from the basket's items, {@code max_{a ∈ basket} confidence(a → j)},
     * with {@code -∞} where no rule leads; returns whether any rule fired.
     */
    public boolean scoreBasket(int[] basket, double[] scores) {
        Arrays.fill(scores, 0, itemCount(), Double.NEGATIVE_INFINITY);
        boolean fired = false;
        for (int a : basket) {
            for (int q = pointers[a]; q < pointers[a + 1]; q++) {
                int j = items[q];
                scores[j] = Math.max(scores[j], confidences[q]);
                fired = true;
            }
        }
        return fired;
    }

    /** The {@code k} strongest consequents of {@code item}. */
    public RankedItems consequents(int item, int k) {
        double[] scores = new double[itemCount()];
        Arrays.fill(scores, Double.NEGATIVE_INFINITY);
        for (int q = pointers[item]; q < pointers[item + 1]; q++) {
            scores[items[q]] = confidences[q];
        }
        scores[item] = Double.NEGATIVE_INFINITY;
        return TopK.select(scores, k);
    }
}
