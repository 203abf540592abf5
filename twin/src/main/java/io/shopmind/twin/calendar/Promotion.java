package io.shopmind.twin.calendar;

import java.time.LocalDate;

/**
 * A marketing promotion on one category: a coupon off every price and more visits to the category while it runs.
 * It is on the shop's marketing calendar, known in advance to whoever plans stock and prices.
 *
 * @param discount     the coupon, e.g. 0.15 for 15 % off the shelf price
 * @param trafficBoost how many times more visits the category draws while it runs
 */
public record Promotion(String category, LocalDate first, LocalDate last, double discount, double trafficBoost) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }
}
