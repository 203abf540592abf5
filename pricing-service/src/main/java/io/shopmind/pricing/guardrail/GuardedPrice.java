package io.shopmind.pricing.guardrail;

import java.util.List;

/**
 * A price after the guardrails, with each step that moved it.
 *
 * @param binding the last guardrail that moved the price (the price ending aside), or null when none did
 * @param note    what the caller should know, e.g. a price ending that could not be met within the limits
 */
public record GuardedPrice(double proposed, double price, Guardrail binding, List<Step> steps, String note) {

    /** One guardrail that moved the price, from {@code before} to {@code after}, and why. */
    public record Step(Guardrail guardrail, double before, double after, String detail) {
    }
}
