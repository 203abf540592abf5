package io.shopmind.recommendation.interaction;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Implicit-feedback weight per event type: an event counts {@code weightOf(type) × value}. Type names are
 * compared case-insensitively with '-' and '_' ignored, so {@code add_to_cart} and {@code AddedToCart}-style
 * spellings can be listed side by side.
 *
 * @param weights positive weight per event type
 */
public record EventWeights(Map<String, Double> weights) {

    public EventWeights {
        if (weights == null || weights.isEmpty()) {
            throw new IllegalArgumentException("weights: at least one event type is required");
        }
        TreeMap<String, Double> normalised = new TreeMap<>();
        for (Map.Entry<String, Double> entry : weights.entrySet()) {
            double w = entry.getValue();
            if (!(w > 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("weights: weight of " + entry.getKey() + " must be positive");
            }
            normalised.put(normalise(entry.getKey()), w);
        }
        weights = Map.copyOf(normalised);
    }

    /**
     * Defaults ordered by the strength of intent an event shows: a view 1, an add-to-cart 3, a purchase 5; an
     * explicit rating counts its value.
     */
    public static EventWeights defaults() {
        return new EventWeights(Map.of(
                "view", 1.0, "productviewed", 1.0,
                "addtocart", 3.0, "addedtocart", 3.0, "cart", 3.0,
                "purchase", 5.0, "orderplaced", 5.0, "order", 5.0,
                "rating", 1.0));
    }

    public boolean knows(String eventType) {
        return weights.containsKey(normalise(eventType));
    }

    /** The weight of {@code eventType}; throws IllegalArgumentException for an unknown type. */
    public double weightOf(String eventType) {
        Double w = weights.get(normalise(eventType));
        if (w == null) {
            throw new IllegalArgumentException("eventType: unknown event type '" + eventType + "'");
        }
        return w;
    }

    private static String normalise(String eventType) {
        return eventType.trim().toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    }
}
