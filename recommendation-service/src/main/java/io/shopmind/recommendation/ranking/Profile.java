package io.shopmind.recommendation.ranking;

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
