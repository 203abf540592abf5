package io.shopmind.twin.gatewayclient;

import java.util.ArrayList;
import java.util.List;

/**
 * Which decisions the suite makes; the rest fall back to the rule-based shop, so each AI component can be switched
 * on alone to attribute the gain.
 *
 * @param recommendations recommendation-service's lists (trained on a schedule) instead of best sellers
 * @param replenishment   forecast runs and inventory-service's plans, approved within limits, instead of order-up-to
 * @param pricing         pricing-service's approved proposals instead of cost-plus
 * @param support         support-bot-service's answers instead of the FAQ bot
 */
public record Components(boolean recommendations, boolean replenishment, boolean pricing, boolean support) {

    public static final Components ALL = new Components(true, true, true, true);

    /** {@code suite} for all, else {@code suite:recommendations+replenishment}. */
    public String armName() {
        if (equals(ALL)) {
            return "suite";
        }
        List<String> on = new ArrayList<>();
        if (recommendations) {
            on.add("recommendations");
        }
        if (replenishment) {
            on.add("replenishment");
        }
        if (pricing) {
            on.add("pricing");
        }
        if (support) {
            on.add("support");
        }
        return "suite:" + String.join("+", on);
    }

    /** {@code suite}, or {@code suite:recommendations}, {@code suite:replenishment+pricing}, ... */
    public static Components parse(String arm) {
        if (arm.equals("suite")) {
            return ALL;
        }
        if (!arm.startsWith("suite:")) {
            throw new IllegalArgumentException("an arm is suite or suite:<component>[+<component>...], not " + arm);
        }
        List<String> parts = List.of(arm.substring("suite:".length()).split("\\+"));
        for (String part : parts) {
            if (!List.of("recommendations", "replenishment", "pricing", "support").contains(part)) {
                throw new IllegalArgumentException("unknown component " + part
                        + " (recommendations, replenishment, pricing, support)");
            }
        }
        return new Components(parts.contains("recommendations"), parts.contains("replenishment"),
                parts.contains("pricing"), parts.contains("support"));
    }

    /** The suite and each component alone. */
    public static List<Components> suiteAndEachAlone() {
        return List.of(ALL, new Components(true, false, false, false), new Components(false, true, false, false),
                new Components(false, false, true, false), new Components(false, false, false, true));
    }
}
