package io.shopmind.inventory.classification;

import io.shopmind.inventory.newsvendor.StandardNormal;

/**
 * Stock health figures for one SKU: days of cover, probability of a stockout before a replenishment
 * placed now arrives (normal lead-time demand, Snyder &amp; Shen, <i>Fundamentals of Supply Chain
 * Theory</i>, Chapter 5), units above a target cover, and annualised turnover.
 */
public final class InventoryHealth {

    private InventoryHealth() {
    }

    /**
     * @param onHand             units on hand
     * @param onOrder            units ordered, not yet received
     * @param dailyDemandMean    average daily sales
     * @param dailyDemandSd      standard deviation of daily sales
     * @param leadTimeDays       replenishment lead time
     * @param targetCoverDays    cover above which stock counts as excess
     * @param unitCost           cost per unit, for the excess value
     */
    public record Input(double onHand, double onOrder, double dailyDemandMean, double dailyDemandSd,
                        double leadTimeDays, double targetCoverDays, double unitCost) {
        public Input {
            nonNegative(onHand, "onHand");
            nonNegative(onOrder, "onOrder");
            nonNegative(dailyDemandMean, "dailyDemandMean");
            nonNegative(dailyDemandSd, "dailyDemandSd");
            nonNegative(leadTimeDays, "leadTimeDays");
            nonNegative(targetCoverDays, "targetCoverDays");
            nonNegative(unitCost, "unitCost");
        }
    }

    /**
     * @param daysOfCover   on hand / average daily demand (infinite when nothing sells)
     * @param stockoutRisk  P(lead-time demand &gt; on hand + on order)
     * @param excessUnits   on hand above targetCoverDays of demand
     * @param excessValue   excessUnits &times; unitCost
     * @param turnover      annual demand / on hand (infinite with nothing on hand)
     */
    public record Report(double daysOfCover, double stockoutRisk, double excessUnits, double excessValue,
                         double turnover) {
    }

    public static Report assess(Input in) {
        double mu = in.dailyDemandMean();
        double cover = mu > 0 ? in.onHand() / mu : Double.POSITIVE_INFINITY;
        double position = in.onHand() + in.onOrder();
        double ltdMean = mu * in.leadTimeDays();
        double ltdSd = in.dailyDemandSd() * Math.sqrt(in.leadTimeDays());
        double risk;
        if (ltdSd == 0) {
            risk = ltdMean > position ? 1 : 0;
        } else {
            risk = 1 - StandardNormal.cdf((position - ltdMean) / ltdSd);
        }
        double excess = Math.max(0, in.onHand() - in.targetCoverDays() * mu);
        double turnover = in.onHand() > 0 ? 365 * mu / in.onHand() : Double.POSITIVE_INFINITY;
        return new Report(cover, risk, excess, excess * in.unitCost(), turnover);
    }

    private static void nonNegative(double v, String name) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be non-negative and finite, was " + v);
        }
    }
}
