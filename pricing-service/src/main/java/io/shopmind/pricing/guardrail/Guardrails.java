package io.shopmind.pricing.guardrail;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Applies the guardrails to a proposed price in the order of {@link Guardrail}, as commercial repricers do (rule
 * order and the "floor wins over competitor match" convention of e.g. Amazon's automated pricing rules): the
 * competitor rule, the daily and weekly change limits, the per-SKU floor and ceiling, MAP, the cost and margin
 * floor, then the price ending. Each step that moved the price is recorded; the binding guardrail is the last one
 * that did.
 */
public final class Guardrails {

    private Guardrails() {
    }

    public static GuardedPrice apply(double proposed, GuardrailInput in) {
        if (!(proposed > 0) || !Double.isFinite(proposed)) {
            throw new IllegalArgumentException("a proposed price must be positive and finite, got " + proposed);
        }
        List<GuardedPrice.Step> steps = new ArrayList<>();
        double price = proposed;
        price = competitor(price, in, steps);
        if (in.maxChangePerDay() != null) {
            price = clamp(Guardrail.MAX_CHANGE_PER_DAY, price, in.currentPrice() * (1 - in.maxChangePerDay()),
                    in.currentPrice() * (1 + in.maxChangePerDay()), steps, "at most " + percent(in.maxChangePerDay())
                    + " from today's " + money(in.currentPrice()));
        }
        if (in.maxChangePerWeek() != null && in.priceWeekAgo() != null) {
            price = clamp(Guardrail.MAX_CHANGE_PER_WEEK, price, in.priceWeekAgo() * (1 - in.maxChangePerWeek()),
                    in.priceWeekAgo() * (1 + in.maxChangePerWeek()), steps, "at most "
                    + percent(in.maxChangePerWeek()) + " from last week's " + money(in.priceWeekAgo()));
        }
        price = clamp(Guardrail.FLOOR_AND_CEILING, price, orElse(in.floorPrice(), 0),
                orElse(in.ceilingPrice(), Double.POSITIVE_INFINITY), steps, "the SKU's floor and ceiling");
        price = clamp(Guardrail.MAP, price, orElse(in.mapPrice(), 0), Double.POSITIVE_INFINITY, steps,
                "the minimum advertised price");
        double costFloor = costFloor(in);
        price = clamp(Guardrail.COST_AND_MARGIN_FLOOR, price, costFloor, Double.POSITIVE_INFINITY, steps,
                in.minMargin() == null ? "unit cost" : "unit cost plus a margin of " + percent(in.minMargin()));
        Guardrail binding = steps.isEmpty() ? null : steps.get(steps.size() - 1).guardrail();

        double lowest = Math.max(Math.max(orElse(in.floorPrice(), 0), orElse(in.mapPrice(), 0)), costFloor);
        double highest = orElse(in.ceilingPrice(), Double.POSITIVE_INFINITY);
        String note = null;
        if (lowest > highest) {
            note = "the hard limits contradict each other (lowest allowed " + money(lowest) + " above the ceiling "
                    + money(highest) + "); the higher one was kept";
        }
        double ended = ending(price, in.priceEnding(), lowest, highest);
        if (Double.isNaN(ended)) {
            note = (note == null ? "" : note + "; ") + "no " + in.priceEnding() + " price fits within the limits; "
                    + "the price is kept to the cent";
            ended = PriceEnding.cents(BigDecimal.valueOf(price)).doubleValue();
        }
        if (ended != price) {
            steps.add(new GuardedPrice.Step(Guardrail.PRICE_ENDING, price, ended, in.priceEnding().name()));
        }
        return new GuardedPrice(proposed, ended, binding, List.copyOf(steps), note);
    }

    private static double competitor(double price, GuardrailInput in, List<GuardedPrice.Step> steps) {
        CompetitorRule rule = in.competitorRule();
        if (rule == null) {
            return price;
        }
        double[] prices = in.competitorPrices().stream()
                .filter(c -> !rule.ignoreOutOfStock() || !Boolean.FALSE.equals(c.inStock()))
                .mapToDouble(CompetitorPrice::price).sorted().toArray();
        if (prices.length == 0) {
            return price;
        }
        if (rule instanceof CompetitorRule.MatchLowest) {
            return clamp(Guardrail.COMPETITOR_RULE, price, 0, prices[0], steps,
                    "match the lowest competitor price " + money(prices[0]));
        }
        if (rule instanceof CompetitorRule.BeatLowest beat) {
            return clamp(Guardrail.COMPETITOR_RULE, price, 0, prices[0] * (1 - beat.percent() / 100), steps,
                    "beat the lowest competitor price " + money(prices[0]) + " by " + beat.percent() + " %");
        }
        CompetitorRule.WithinBandOfMedian band = (CompetitorRule.WithinBandOfMedian) rule;
        double median = median(prices);
        return clamp(Guardrail.COMPETITOR_RULE, price, median * (1 - band.percent() / 100),
                median * (1 + band.percent() / 100), steps, "within " + band.percent()
                + " % of the median competitor price " + money(median));
    }

    /** The lowest price the cost and margin floor allow: cost / (1 &minus; minMargin), or cost alone. */
    static double costFloor(GuardrailInput in) {
        if (in.unitCost() == null) {
            return 0;
        }
        return in.minMargin() == null ? in.unitCost() : in.unitCost() / (1 - in.minMargin());
    }

    /**
     * The price with the ending nearest to {@code price} within [lowest, highest] (cents rounded up at the lower
     * limit so it still holds), or NaN when no price with the ending lies in the range near it.
     */
    static double ending(double price, PriceEnding ending, double lowest, double highest) {
        BigDecimal exact = BigDecimal.valueOf(price);
        if (ending == PriceEnding.NONE) {
            double cents = PriceEnding.cents(exact).doubleValue();
            return cents < lowest ? Math.ceil(lowest * 100 - 1e-9) / 100 : cents;
        }
        BigDecimal[] around = ending.around(exact);
        double best = Double.NaN;
        for (BigDecimal candidate : Arrays.asList(around[0], around[1])) {
            if (candidate == null) {
                continue;
            }
            double value = candidate.doubleValue();
            if (value >= lowest - 1e-9 && value <= highest + 1e-9
                    && (Double.isNaN(best) || Math.abs(value - price) < Math.abs(best - price))) {
                best = value;
            }
        }
        return best;
    }

    private static double clamp(Guardrail guardrail, double price, double lower, double upper,
            List<GuardedPrice.Step> steps, String detail) {
        double clamped = Math.min(upper, Math.max(lower, price));
        if (lower > upper) {
            clamped = lower;
        }
        if (clamped != price) {
            steps.add(new GuardedPrice.Step(guardrail, price, clamped, detail));
        }
        return clamped;
    }

    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double orElse(Double value, double fallback) {
        return value == null ? fallback : value;
    }

    private static String percent(double share) {
        return String.format(java.util.Locale.ROOT, "%.0f %%", share * 100);
    }

    private static String money(double amount) {
        return String.format(java.util.Locale.ROOT, "%.2f", amount);
    }
}
