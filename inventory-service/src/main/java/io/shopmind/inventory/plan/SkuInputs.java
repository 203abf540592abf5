package io.shopmind.inventory.plan;

import io.shopmind.inventory.forecastclient.ForecastUse;
import io.shopmind.inventory.replenishment.ForecastDemand;
import io.shopmind.inventory.replenishment.ReorderPolicy;
import io.shopmind.inventory.sku.Sku;

/**
 * What planning knows of one SKU: its parameters, forecast, stock, and the policy computed from them.
 *
 * @param demand null when there is no forecast
 * @param policy null when there is no forecast
 */
record SkuInputs(Sku sku, ForecastUse forecast, ForecastDemand demand, ReorderPolicy.Policy policy, long onHand,
        long onOrder, long backordered) {

    long inventoryPosition() {
        return onHand + onOrder - backordered;
    }
}
