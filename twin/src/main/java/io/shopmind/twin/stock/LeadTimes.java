package io.shopmind.twin.stock;

import io.shopmind.twin.catalogue.Sku;
import io.shopmind.twin.random.Draws;
import io.shopmind.twin.random.Source;

/**
 * The supplier's lead time for an order: log-normal with the SKU's mean and standard deviation, at least one
 * day, keyed by SKU and order day so that two arms ordering the same SKU on the same day wait as long.
 */
public final class LeadTimes {

    private final Draws draws;

    public LeadTimes(Draws draws) {
        this.draws = draws;
    }

    public int days(Sku sku, int orderDay) {
        double mean = sku.leadTimeMeanDays();
        double cv2 = Math.pow(sku.leadTimeSdDays() / mean, 2);
        double sigma = Math.sqrt(Math.log(1 + cv2));
        double mu = Math.log(mean) - sigma * sigma / 2;
        double days = Math.exp(mu + sigma * draws.normal(Source.LEAD_TIMES, sku.index(), orderDay, 0));
        return Math.max(1, (int) Math.round(days));
    }
}
