package io.shopmind.twin.operations;

import io.shopmind.twin.calendar.Promotion;
import io.shopmind.twin.catalogue.Sku;
import java.time.LocalDate;
import java.util.List;

/**
 * What the shop knows on its first day: its catalogue as a buyer sees it, the marketing calendar and its costs.
 *
 * @param holdingCostRate yearly cost of holding stock, as a share of its value at cost
 * @param orderingCost    the fixed cost of one purchase-order line
 */
public record ShopSetup(LocalDate firstDay, String currency, List<Sku> skus, List<Promotion> promotions,
        double holdingCostRate, double orderingCost) {

    public ShopSetup {
        skus = List.copyOf(skus);
        promotions = List.copyOf(promotions);
    }
}
