package io.shopmind.recommendation.popularity;

import io.shopmind.recommendation.interaction.InteractionMatrix;
import io.shopmind.recommendation.model.RankedItems;
import io.shopmind.recommendation.model.RecommendationModel;
import io.shopmind.recommendation.model.TopK;
import java.util.Map;
import java.util.TreeMap;

/** A trained {@link MostPopular}: one popularity score per item, the same for every user. */
public final class PopularityModel implements RecommendationModel {

    private final InteractionMatrix interactions;
    private final double[] itemScores;

    PopularityModel(InteractionMatrix interactions, double[] itemScores) {
        this.interactions = interactions;
        this.itemScores = itemScores;
    }

    @Override
    public InteractionMatrix interactions() {
        return interactions;
    }

    @Override
    public void score(int user, double[] scores) {
        System.arraycopy(itemScores, 0, scores, 0, itemScores.length);
    }

    /** The popularity score of item {@code item}. */
    public double itemScore(int item) {
        return itemScores[item];
    }

    /** The {@code k} most popular items overall. */
    public RankedItems top(int k) {
        double[] scores = itemScores.clone();
        for (int i = 0; i < scores.length; i++) {
            if (interactions.columnLength(i) == 0) {
                scores[i] = Double.NEGATIVE_INFINITY;
            }
        }
        return TopK.select(scores, k);
    }

    /**
     * The {@code k} most popular items of each category. Items missing from {@code categoryOfItem} belong to no
     * category.
     *
     * @param categoryOfItem category by external item id
     */
    public Map<String, RankedItems> topByCategory(Map<String, String> categoryOfItem, int k) {
        if (categoryOfItem == null) {
            throw new IllegalArgumentException("categoryOfItem: must not be null");
        }
        Map<String, double[]> scoresByCategory = new TreeMap<>();
        for (int i = 0; i < itemScores.length; i++) {
            String category = categoryOfItem.get(interactions.items().idOf(i));
            if (category == null || interactions.columnLength(i) == 0) {
                continue;
            }
            double[] scores = scoresByCategory.computeIfAbsent(category, c -> {
                double[] fresh = new double[itemScores.length];
                java.util.Arrays.fill(fresh, Double.NEGATIVE_INFINITY);
                return fresh;
            });
            scores[i] = itemScores[i];
        }
        Map<String, RankedItems> result = new TreeMap<>();
        scoresByCategory.forEach((category, scores) -> result.put(category, TopK.select(scores, k)));
        return result;
    }
}
