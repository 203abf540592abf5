package io.shopmind.recommendation.serving;

import io.shopmind.recommendation.model.RankedItems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The shop's rules on top of a model's ranking: boost or bury categories and brands, and cap how many items of
 * one category a list may hold, so one category cannot fill it. Boosts multiply the candidate's score after the
 * candidates' scores are rescaled to [0, 1], so they act the same whatever the model's score scale.
 *
 * @param boostCategories categories whose items are lifted
 * @param buryCategories  categories whose items are pushed down
 * @param boostBrands     brands whose items are lifted
 * @param buryBrands      brands whose items are pushed down
 * @param maxPerCategory  most items of one category in a list; 0 for no cap
 * @param boostFactor     multiplier of a boosted item's rescaled score, above 1
 * @param buryFactor      multiplier of a buried item's rescaled score, below 1
 */
public record Merchandising(Set<String> boostCategories, Set<String> buryCategories, Set<String> boostBrands,
        Set<String> buryBrands, int maxPerCategory, double boostFactor, double buryFactor) {

    public Merchandising {
        boostCategories = Set.copyOf(boostCategories);
        buryCategories = Set.copyOf(buryCategories);
        boostBrands = Set.copyOf(boostBrands);
        buryBrands = Set.copyOf(buryBrands);
        if (maxPerCategory < 0) {
            throw new IllegalArgumentException("maxPerCategory: must not be negative, was " + maxPerCategory);
        }
        if (!(boostFactor >= 1) || !(buryFactor > 0 && buryFactor <= 1)) {
            throw new IllegalArgumentException("boostFactor: must be at least 1, and buryFactor within (0, 1]");
        }
    }

    public static Merchandising none() {
        return new Merchandising(Set.of(), Set.of(), Set.of(), Set.of(), 0, 2.0, 0.5);
    }

    /** One item of a re-ranked list, with the score it was ranked by. */
    public record Ranked(int item, double score) {
    }

    /**
     * Re-ranks {@code candidates} and keeps at most {@code k}.
     *
     * @param categoryOf an item's category, or null when unknown
     * @param brandOf    an item's brand, or null when unknown
     */
    public List<Ranked> apply(RankedItems candidates, IntFunction<String> categoryOf, IntFunction<String> brandOf,
            int k) {
        int n = candidates.size();
        if (n == 0) {
            return List.of();
        }
        double max = candidates.score(0);
        double min = candidates.score(n - 1);
        double range = max - min;
        List<Ranked> rescored = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            int item = candidates.item(r);
            // the last candidate keeps a small positive score so burying still orders it
            double score = range > 0 ? 0.01 + 0.99 * (candidates.score(r) - min) / range : 1.0;
            score *= factor(categoryOf.apply(item), boostCategories, buryCategories);
            score *= factor(brandOf.apply(item), boostBrands, buryBrands);
            rescored.add(new Ranked(item, score));
        }
        rescored.sort((a, b) -> Double.compare(b.score(), a.score()));
        List<Ranked> kept = new ArrayList<>(Math.min(k, n));
        Map<String, Integer> perCategory = new HashMap<>();
        for (Ranked candidate : rescored) {
            if (kept.size() == k) {
                break;
            }
            String category = categoryOf.apply(candidate.item());
            if (maxPerCategory > 0 && category != null) {
                int count = perCategory.merge(category, 1, Integer::sum);
                if (count > maxPerCategory) {
                    continue;
                }
            }
            kept.add(candidate);
        }
        return kept;
    }

    private double factor(String value, Set<String> boosted, Set<String> buried) {
        if (value == null) {
            return 1.0;
        }
        return boosted.contains(value) ? boostFactor : buried.contains(value) ? buryFactor : 1.0;
    }
}
