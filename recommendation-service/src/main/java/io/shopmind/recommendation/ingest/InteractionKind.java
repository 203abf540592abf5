package io.shopmind.recommendation.ingest;

import java.util.Locale;
import java.util.Map;

/** The kinds an interaction is stored under, so events and imported files that spell them differently agree. */
public final class InteractionKind {

    public static final String VIEW = "view";
    public static final String CART = "cart";
    public static final String PURCHASE = "purchase";
    public static final String RATING = "rating";

    private static final Map<String, String> ALIASES = Map.of(
            "productviewed", VIEW, "addtocart", CART, "addedtocart", CART, "orderplaced", PURCHASE, "order", PURCHASE);

    private InteractionKind() {
    }

    /** Every known spelling of an event type with the kind it stands for. */
    static Map<String, String> aliases() {
        return ALIASES;
    }

    /** The stored kind of an event type: a known alias resolved, anything else lower-cased. */
    public static String of(String eventType) {
        String normalised = eventType.trim().toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
        return ALIASES.getOrDefault(normalised, normalised);
    }
}
