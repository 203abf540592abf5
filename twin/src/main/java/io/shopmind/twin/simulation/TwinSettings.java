package io.shopmind.twin.simulation;

import java.time.LocalDate;

/**
 * The size and economics of one twin run. The calendar ends on {@code lastDay}: the history runs for
 * {@code historyDays} under the rule-based shop, then every arm decides for {@code days}.
 *
 * @param visitsPerDay          mean visits a day at the start of the calendar, before seasonality
 * @param recommendationSlots   slots of the recommendation strip each visitor sees
 * @param searchResults         products a visitor sees browsing her category
 * @param yearlyGrowth          the visits' trend, e.g. 0.15 for 15 % a year
 * @param chineseShare          the share of shoppers who write to support in Chinese
 * @param holdingCostRate       yearly cost of holding stock, as a share of its value at cost
 * @param orderingCost          the fixed cost of one purchase-order line
 * @param handoffCost           what one support conversation handed to a person costs
 * @param substitutionRate      the chance a shopper who finds her choice out of stock takes her next best
 * @param openingStockDays      days of demand on the shelves when the shop opens
 */
public record TwinSettings(long seed, int skus, int shoppers, double visitsPerDay, LocalDate lastDay,
        int historyDays, int days, int recommendationSlots, int searchResults, double yearlyGrowth,
        double chineseShare, double holdingCostRate, double orderingCost, double handoffCost,
        double substitutionRate, int openingStockDays, String currency) {

    public TwinSettings {
        check(skus, 8, 20_000, "skus");
        check(shoppers, 1, 1_000_000, "shoppers");
        check(historyDays, 0, 3 * 365, "historyDays");
        check(days, 1, 3 * 365, "days");
        check(recommendationSlots, 1, 50, "recommendationSlots");
        check(searchResults, 1, 50, "searchResults");
        check(openingStockDays, 0, 365, "openingStockDays");
        if (!(visitsPerDay > 0 && visitsPerDay <= 1_000_000)) {
            throw new IllegalArgumentException("visitsPerDay must be in (0, 1000000]");
        }
        if (!(substitutionRate >= 0 && substitutionRate <= 1) || !(chineseShare >= 0 && chineseShare <= 1)) {
            throw new IllegalArgumentException("substitutionRate and chineseShare are shares in [0, 1]");
        }
    }

    /** A small shop: 300 SKUs, 3,000 shoppers, 600 visits a day, a year of history and 90 days to compare. */
    public static TwinSettings defaults(long seed, LocalDate lastDay) {
        return new TwinSettings(seed, 300, 3_000, 600, lastDay, 365, 90, 8, 4, 0.15, 0.25, 0.25, 15.0, 4.0, 0.4, 30,
                "EUR");
    }

    public int totalDays() {
        return historyDays + days;
    }

    public LocalDate firstDay() {
        return lastDay.minusDays(totalDays() - 1L);
    }

    public TwinSettings withSeed(long seed) {
        return new TwinSettings(seed, skus, shoppers, visitsPerDay, lastDay, historyDays, days, recommendationSlots,
                searchResults, yearlyGrowth, chineseShare, holdingCostRate, orderingCost, handoffCost,
                substitutionRate, openingStockDays, currency);
    }

    public TwinSettings withSize(int skus, int shoppers, double visitsPerDay) {
        return new TwinSettings(seed, skus, shoppers, visitsPerDay, lastDay, historyDays, days, recommendationSlots,
                searchResults, yearlyGrowth, chineseShare, holdingCostRate, orderingCost, handoffCost,
                substitutionRate, openingStockDays, currency);
    }

    public TwinSettings withCalendar(LocalDate lastDay, int historyDays, int days) {
        return new TwinSettings(seed, skus, shoppers, visitsPerDay, lastDay, historyDays, days, recommendationSlots,
                searchResults, yearlyGrowth, chineseShare, holdingCostRate, orderingCost, handoffCost,
                substitutionRate, openingStockDays, currency);
    }

    private static void check(int value, int min, int max, String name) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be in " + min + ".." + max + ", was " + value);
        }
    }
}
