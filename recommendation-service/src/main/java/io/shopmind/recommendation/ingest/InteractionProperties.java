package io.shopmind.recommendation.ingest;

import io.shopmind.recommendation.interaction.EventWeights;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much each kind of interaction counts, e.g. {@code SHOPMIND_RECOMMENDATION_INTERACTIONS_WEIGHTS_PURCHASE=8}.
 *
 * @param weights    implicit-feedback weight per kind ({@code view}, {@code cart}, {@code purchase}, {@code rating},
 *                   or any other event type an imported file uses)
 * @param historySize most recent interactions of a shopper that serving reads
 */
@ConfigurationProperties("shopmind.recommendation.interactions")
public record InteractionProperties(Map<String, Double> weights, Integer historySize) {

    public InteractionProperties {
        weights = weights == null || weights.isEmpty()
                ? Map.of(InteractionKind.VIEW, 1.0, InteractionKind.CART, 3.0, InteractionKind.PURCHASE, 5.0,
                        InteractionKind.RATING, 1.0)
                : Map.copyOf(weights);
        historySize = historySize == null ? 200 : historySize;
    }

    /** The weights, every known spelling of a kind included ({@code AddedToCart}, {@code add_to_cart}, ...). */
    public EventWeights eventWeights() {
        Map<String, Double> all = new HashMap<>(weights);
        InteractionKind.aliases().forEach((alias, kind) -> {
            if (weights.containsKey(kind)) {
                all.putIfAbsent(alias, weights.get(kind));
            }
        });
        return new EventWeights(all);
    }
}
