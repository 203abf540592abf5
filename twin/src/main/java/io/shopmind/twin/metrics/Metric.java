package io.shopmind.twin.metrics;

import io.shopmind.twin.simulation.DayTotals;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The figures reported for each arm over the compared days, with the direction that is better. Definitions:
 * fill rate = units of a first choice sold from stock / units first chosen; stockout days = SKU-days ending with
 * nothing on hand; inventory capital = mean end-of-day stock at cost; turns = cost of goods sold, scaled to a
 * year, / inventory capital; click-through = recommended SKUs opened / slots shown; conversion = purchases of an
 * opened recommendation / recommendations opened; precision@k = share of the strip in the visitor's true top k
 * by taste; containment = contacts answered without a person / contacts; correctness = contacts answered
 * correctly / contacts; net profit = gross profit − holding − ordering − handoff costs.
 */
public enum Metric {
    REVENUE("revenue", "money", true, days -> sum(days, DayTotals::revenue)),
    GROSS_PROFIT("gross profit", "money", true, days -> sum(days, DayTotals::grossProfit)),
    NET_PROFIT("net profit", "money", true, days -> sum(days, d -> d.grossProfit() - d.holdingCost()
            - d.orderingCost() - d.supportCost())),
    HOLDING_COST("holding cost", "money", false, days -> sum(days, DayTotals::holdingCost)),
    STOCKOUT_COST("stockout cost (lost gross profit)", "money", false, days -> sum(days, DayTotals::stockoutCost)),
    ORDERING_COST("ordering cost", "money", false, days -> sum(days, DayTotals::orderingCost)),
    SUPPORT_COST("handoff cost", "money", false, days -> sum(days, DayTotals::supportCost)),
    FILL_RATE("fill rate", "share", true, days -> ratio(sum(days, DayTotals::unitsFilled),
            sum(days, DayTotals::unitsDemanded))),
    STOCKOUT_DAYS("stockout SKU-days", "count", false, days -> sum(days, DayTotals::stockoutSkus)),
    INVENTORY_CAPITAL("inventory capital (mean, at cost)", "money", false,
            days -> sum(days, DayTotals::inventoryValue) / Math.max(1, days.size())),
    INVENTORY_TURNS("inventory turns (a year)", "ratio", true, days -> ratio(
            sum(days, DayTotals::costOfGoods) * 365.0 / Math.max(1, days.size()),
            sum(days, DayTotals::inventoryValue) / Math.max(1, days.size()))),
    ORDERS("orders", "count", true, days -> sum(days, DayTotals::orders)),
    RECOMMENDATION_CTR("recommendation click-through", "share", true, days -> ratio(
            sum(days, DayTotals::recommendationClicks), sum(days, DayTotals::recommendationImpressions))),
    RECOMMENDATION_CONVERSION("recommendation conversion", "share", true, days -> ratio(
            sum(days, DayTotals::recommendationPurchases), sum(days, DayTotals::recommendationClicks))),
    RECOMMENDATION_PRECISION("recommendation precision@k (true tastes)", "share", true, days -> ratio(
            sum(days, DayTotals::recommendationPrecision), sum(days, DayTotals::visits))),
    PRICE_CHANGES("price changes", "count", false, days -> sum(days, DayTotals::priceChanges)),
    BOT_CONTAINMENT("bot containment", "share", true, days -> ratio(sum(days, DayTotals::contained),
            sum(days, DayTotals::contacts))),
    BOT_CORRECTNESS("bot answers correct", "share", true, days -> ratio(sum(days, DayTotals::correct),
            sum(days, DayTotals::contacts)));

    private final String label;
    private final String unit;
    private final boolean higherIsBetter;
    private final ToDoubleFunction<List<DayTotals>> value;

    Metric(String label, String unit, boolean higherIsBetter, ToDoubleFunction<List<DayTotals>> value) {
        this.label = label;
        this.unit = unit;
        this.higherIsBetter = higherIsBetter;
        this.value = value;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    public double of(List<DayTotals> days) {
        return value.applyAsDouble(days);
    }

    private static double sum(List<DayTotals> days, ToDoubleFunction<DayTotals> f) {
        double s = 0;
        for (DayTotals day : days) {
            s += f.applyAsDouble(day);
        }
        return s;
    }

    /** 0/0 is NaN, not 0: a share of nothing is not known. */
    private static double ratio(double numerator, double denominator) {
        return denominator == 0 ? Double.NaN : numerator / denominator;
    }
}
