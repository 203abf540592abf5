package io.shopmind.recommendation.model;

import java.util.Arrays;

/**
 * Items ranked best first with their scores; scores are non-increasing and items distinct.
 *
 * @param items  item indices, best first
 * @param scores the matching scores
 */
public record RankedItems(int[] items, double[] scores) {

    public RankedItems {
        if (items.length != scores.length) {
            throw new IllegalArgumentException("scores: length " + scores.length + " differs from items " + items.length);
        }
        items = items.clone();
        scores = scores.clone();
    }

    public int size() {
        return items.length;
    }

    public int item(int rank) {
        return items[rank];
    }

    public double score(int rank) {
        return scores[rank];
    }

    @Override
    public int[] items() {
        return items.clone();
    }

    @Override
    public double[] scores() {
        return scores.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RankedItems r && Arrays.equals(items, r.items) && Arrays.equals(scores, r.scores);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(items) + Arrays.hashCode(scores);
    }

    @Override
    public String toString() {
        return "RankedItems" + Arrays.toString(items);
    }
}
