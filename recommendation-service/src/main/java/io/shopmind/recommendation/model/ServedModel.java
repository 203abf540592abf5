package io.shopmind.recommendation.model;

import io.shopmind.recommendation.interaction.IdIndex;

/**
 * A trained model as a replica serves it: the item index, the family's {@link Scorer}, and what every model
 * carries besides: the decayed item popularity (for "popular in" explanations) and the co-purchase rules. Immutable
 * and safe to share between threads.
 *
 * @param algorithm  the algorithm's name, e.g. {@code ease}
 * @param parameters the settings it was trained with, as the registry writes them, e.g. {@code lambda=500}
 * @param items      the item index every array follows
 * @param popularity decayed popularity per item
 * @param rules      co-purchase rules over the same items
 * @param scorer     how a shopper's profile is scored
 */
public record ServedModel(String algorithm, String parameters, IdIndex items, double[] popularity,
        CoPurchaseRules rules, Scorer scorer) {

    public ServedModel {
        int n = items.size();
        if (popularity.length != n || rules.itemCount() != n || scorer.itemCount() != n) {
            throw new IllegalArgumentException("scorer: popularity, rules and scorer must cover the " + n + " items");
        }
    }

    public int itemCount() {
        return items.size();
    }

    public double popularity(int item) {
        return popularity[item];
    }
}
