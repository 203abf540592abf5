package io.shopmind.twin.simulation;

import java.time.LocalDate;

/**
 * What one day of one arm came to. Money in the shop's currency; units in pieces.
 *
 * @param unitsDemanded    units shoppers first chose (whether in stock or not)
 * @param unitsFilled      of those, units sold from stock
 * @param unitsLost        units of a first choice not sold for want of stock
 * @param unitsSubstituted units sold as a next best because the first choice was out of stock
 * @param stockoutCost     the gross profit the lost units would have made
 * @param inventoryValue   stock on hand at cost, at the end of the day
 * @param stockoutSkus     SKUs with nothing on hand at the end of the day
 * @param recommendationImpressions slots of recommendations shown
 * @param recommendationClicks      recommended SKUs opened from the strip
 * @param recommendationPurchases   purchases of a SKU opened from the strip
 * @param recommendationPrecision   sum over visits of the share of the strip in the visitor's true top k
 * @param contained        support contacts answered without a person
 * @param correct          support contacts answered correctly (by the truth behind them)
 */
public record DayTotals(LocalDate date, int visits, int orders, double revenue, double costOfGoods,
        int unitsDemanded, int unitsFilled, int unitsLost, int unitsSubstituted, double stockoutCost,
        double holdingCost, double orderingCost, int purchaseOrderLines, double inventoryValue, int stockoutSkus,
        int recommendationImpressions, int recommendationClicks, int recommendationPurchases,
        double recommendationPrecision, int priceChanges, int contacts, int contained, int correct,
        double supportCost) {

    public double grossProfit() {
        return revenue - costOfGoods;
    }
}
