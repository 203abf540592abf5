package io.shopmind.inventory;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The inventory service's settings.
 *
 * @param defaultWarehouse where stock is counted when an event or request names no warehouse
 * @param planning         replenishment planning
 */
@ConfigurationProperties("shopmind.inventory")
public record InventoryProperties(@DefaultValue("main") String defaultWarehouse,
        @DefaultValue Planning planning) {

    /**
     * @param horizonWeeks    weeks a plan looks ahead unless the request says otherwise
     * @param solveTimeLimit  wall-clock limit of the budget and volume planner
     * @param excessCoverDays on hand beyond this many days of forecast demand counts as excess
     * @param targetGap       the budget and volume planner stops once its plan is proven within this fraction of the
     *                        optimum (cost &minus; bound &le; targetGap &times; cost)
     */
    public record Planning(@DefaultValue("8") int horizonWeeks, @DefaultValue("10s") Duration solveTimeLimit,
            @DefaultValue("90") double excessCoverDays, @DefaultValue("0.01") double targetGap) {
    }
}
