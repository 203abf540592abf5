package io.shopmind.recommendation.association;

import io.shopmind.recommendation.interaction.InteractionMatrix;
import io.shopmind.recommendation.model.RecommendationModel;
import io.shopmind.recommendation.model.Recommender;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Pairwise association rules between items bought together (Agrawal, Imieliński &amp; Swami 1993, "Mining
 * association rules between sets of items in large databases", restricted to one-item antecedents and
 * consequents). Each row of the matrix is a basket. For every item the rules with the highest lift are kept,
 * after dropping pairs seen in fewer than {@code minCount} baskets, where lift is mostly noise. As a recommender,
 * {@code score(u, j) = max_{i ∈ I(u)} confidence(i → j)}.
 */
public final class CoPurchase implements Recommender {

    /**
     * @param minCount       fewest baskets a pair must share to form a rule
     * @param minConfidence  lowest confidence kept
     * @param rulesPerItem   most rules kept per antecedent, highest lift first
     */
    public record Config(int minCount, double minConfidence, int rulesPerItem) {

        public Config {
            if (minCount < 1) {
                throw new IllegalArgumentException("minCount: must be at least 1, was " + minCount);
            }
            if (!(minConfidence >= 0 && minConfidence <= 1)) {
                throw new IllegalArgumentException("minConfidence: must be within [0, 1], was " + minConfidence);
            }
            if (rulesPerItem < 1) {
                throw new IllegalArgumentException("rulesPerItem: must be at least 1, was " + rulesPerItem);
            }
        }

        public static Config defaults() {
            return new Config(3, 0.0, 50);
        }
    }

    private final Config config;

    public CoPurchase(Config config) {
        if (config == null) {
            throw new IllegalArgumentException("config: must not be null");
        }
        this.config = config;
    }

    public CoPurchase() {
        this(Config.defaults());
    }

    @Override
    public String name() {
        return "copurchase";
    }

    @Override
    public Model fit(InteractionMatrix interactions) {
        int items = interactions.itemCount();
        double baskets = interactions.userCount();
        int[] itemCounts = new int[items];
        for (int i = 0; i < items; i++) {
            itemCounts[i] = interactions.columnLength(i);
        }
        int[] pairCounts = new int[items];
        int[] touched = new int[items];
        List<AssociationRule[]> rulesByItem = new ArrayList<>(items);
        for (int a = 0; a < items; a++) {
            int count = 0;
            for (int q = interactions.columnStart(a); q < interactions.columnEnd(a); q++) {
                int basket = interactions.userAt(q);
                for (int p = interactions.rowStart(basket); p < interactions.rowEnd(basket); p++) {
                    int b = interactions.itemAt(p);
                    if (b != a && pairCounts[b]++ == 0) {
                        touched[count++] = b;
                    }
                }
            }
            List<AssociationRule> rules = new ArrayList<>();
            for (int t = 0; t < count; t++) {
                int b = touched[t];
                int both = pairCounts[b];
                pairCounts[b] = 0;
                double confidence = (double) both / itemCounts[a];
                if (both >= config.minCount() && confidence >= config.minConfidence()) {
                    double lift = confidence / (itemCounts[b] / baskets);
                    rules.add(new AssociationRule(a, b, both, both / baskets, confidence, lift));
                }
            }
            rules.sort((x, y) -> {
                int byLift = Double.compare(y.lift(), x.lift());
                if (byLift != 0) {
                    return byLift;
                }
                int byConfidence = Double.compare(y.confidence(), x.confidence());
                return byConfidence != 0 ? byConfidence : Integer.compare(x.consequent(), y.consequent());
            });
            int keep = Math.min(rules.size(), config.rulesPerItem());
            rulesByItem.add(rules.subList(0, keep).toArray(new AssociationRule[0]));
        }
        return new Model(interactions, rulesByItem);
    }

    /** Trained {@link CoPurchase} rules. */
    public static final class Model implements RecommendationModel {
        private final InteractionMatrix interactions;
        private final List<AssociationRule[]> rulesByItem;

        private Model(InteractionMatrix interactions, List<AssociationRule[]> rulesByItem) {
            this.interactions = interactions;
            this.rulesByItem = rulesByItem;
        }

        @Override
        public InteractionMatrix interactions() {
            return interactions;
        }

        /** Rules with antecedent {@code item}, highest lift first. */
        public List<AssociationRule> rulesFor(int item) {
            return List.of(rulesByItem.get(item));
        }

        @Override
        public void score(int user, double[] scores) {
            Arrays.fill(scores, 0);
            for (int p = interactions.rowStart(user); p < interactions.rowEnd(user); p++) {
                for (AssociationRule rule : rulesByItem.get(interactions.itemAt(p))) {
                    int b = rule.consequent();
                    scores[b] = Math.max(scores[b], rule.confidence());
                }
            }
        }
    }
}
