package io.shopmind.recommendation.model;

import io.shopmind.recommendation.interaction.InteractionMatrix;
import java.util.Arrays;

/**
 * A shopper's current interactions over a model's item indices: one entry per item with the summed weight and the
 * kind of the strongest event (for explanations). Items the model does not know are left out.
 *
 * @param items   item indices, distinct
 * @param weights summed implicit-feedback weight per item
 * @param kinds   the kind of each item's strongest event, e.g. {@code purchase}
 */
public record Profile(int[] items, float[] weights, String[] kinds) {

    public Profile {
        if (items.length != weights.length || items.length != kinds.length) {
            throw new IllegalArgumentException("weights: parallel arrays must have equal lengths");
        }
    }

    /**
     * A training user's profile as the storefront would read it: the user's {@code history} most recent cells (by
     * timestamp, then higher item index), with their weights.
     */
    public static Profile ofRow(InteractionMatrix matrix, int user, int history) {
        int start = matrix.rowStart(user);
        int length = matrix.rowLength(user);
        Integer[] positions = new Integer[length];
        for (int p = 0; p < length; p++) {
            positions[p] = start + p;
        }
        if (length > history) {
            Arrays.sort(positions, (a, b) -> {
                int byTime = Long.compare(matrix.timestampAt(b), matrix.timestampAt(a));
                return byTime != 0 ? byTime : Integer.compare(matrix.itemAt(b), matrix.itemAt(a));
            });
        }
        int size = Math.min(length, history);
        int[] items = new int[size];
        float[] weights = new float[size];
        String[] kinds = new String[size];
        for (int p = 0; p < size; p++) {
            items[p] = matrix.itemAt(positions[p]);
            weights[p] = matrix.valueAt(positions[p]);
            kinds[p] = "interaction";
        }
        return new Profile(items, weights, kinds);
    }

    public static Profile empty() {
        return new Profile(new int[0], new float[0], new String[0]);
    }

    public int size() {
        return items.length;
    }

    public boolean isEmpty() {
        return items.length == 0;
    }
}
