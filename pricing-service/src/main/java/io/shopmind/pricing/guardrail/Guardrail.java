package io.shopmind.pricing.guardrail;

/**
 * The guardrails in the order they are applied, softest first: each later one can undo an earlier one, so the
 * harder limits always hold. The competitor rule and the change limits shape the price; the per-SKU floor and
 * ceiling, MAP and the cost / margin floor are the merchant's and the brand's limits and win over them; the price
 * ending comes last and rounds only within the hard limits.
 */
public enum Guardrail {
    COMPETITOR_RULE,
    MAX_CHANGE_PER_DAY,
    MAX_CHANGE_PER_WEEK,
    FLOOR_AND_CEILING,
    MAP,
    COST_AND_MARGIN_FLOOR,
    PRICE_ENDING
}
