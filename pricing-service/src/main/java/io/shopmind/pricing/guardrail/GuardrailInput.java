package io.shopmind.pricing.guardrail;

import java.util.List;

/**
 * What the guardrails need to know about a SKU; a limit left null does not apply.
 *
 * @param currentPrice       the selling price now, the reference of the daily change limit
 * @param priceWeekAgo       the price seven days ago, the reference of the weekly change limit
 * @param maxChangePerDay    the largest relative change from {@code currentPrice}, e.g. 0.10
 * @param maxChangePerWeek   the largest relative change from {@code priceWeekAgo}
 * @param minMargin          the margin floor as a share of the price: price &times; (1 &minus; minMargin) &ge; cost
 * @param competitorPrices   usable competitor observations (fresh, not outliers)
 */
public record GuardrailInput(double currentPrice, Double priceWeekAgo, Double unitCost, Double minMargin,
        Double mapPrice, Double floorPrice, Double ceilingPrice, Double maxChangePerDay, Double maxChangePerWeek,
        CompetitorRule competitorRule, List<CompetitorPrice> competitorPrices, PriceEnding priceEnding) {

    public GuardrailInput {
        competitorPrices = competitorPrices == null ? List.of() : List.copyOf(competitorPrices);
        priceEnding = priceEnding == null ? PriceEnding.NONE : priceEnding;
    }
}
