package io.shopmind.inventory.replenishment;

import io.shopmind.inventory.eoq.EconomicOrderQuantity;
import io.shopmind.inventory.safetystock.DemandQuantiles;
import io.shopmind.inventory.safetystock.LeadTimeDemand;
import io.shopmind.inventory.safetystock.SafetyStock;

/**
 * A SKU's continuous-review (r, Q) policy and its order-up-to level S = r + Q, from a forecast:
 * <ul>
 *   <li>lead-time demand as the forecast model's own distribution of cumulative demand when forecast-service gives
 *       it ({@link DemandQuantiles}): reorder point r = its quantile at the cycle service level;</li>
 *   <li>otherwise (a forecast without it) normal lead-time demand from {@link ForecastDemand#leadTimeDemand} and
 *       r = &mu;<sub>L</sub> + z&sigma;<sub>L</sub> ({@link SafetyStock#forCycleServiceLevel});</li>
 *   <li>Q the EOQ on the forecast's annual demand ({@link EconomicOrderQuantity#solve}), at least the MOQ, in whole
 *       cases;</li>
 *   <li>when the SKU has a cost per unit short instead of a service level, the service level follows from the B2
 *       cost criterion P(stockout per cycle) = Qh / (Dp) (Silver, Pyke &amp; Thomas, <i>Inventory and Production
 *       Management in Supply Chains</i>, 4th ed., section 7.7), kept within [0.5, 0.9999].</li>
 * </ul>
 */
public final class ReorderPolicy {

    static final double MIN_SERVICE_LEVEL = 0.5;
    static final double MAX_SERVICE_LEVEL = 0.9999;

    private ReorderPolicy() {
    }

    /**
     * @param serviceLevel   target cycle service level, or NaN to derive it from {@code stockoutCost}
     * @param stockoutCost   cost per unit short (used when serviceLevel is NaN)
     * @param holdingRate    holding cost per year as a fraction of the unit cost
     * @param moq            minimum order quantity in units
     * @param casePack       units per case
     */
    public record Sku(double leadTimeMeanDays, double leadTimeSdDays, double serviceLevel, double stockoutCost,
            double unitCost, double orderingCost, double holdingRate, int moq, int casePack) {
        public Sku {
            if (casePack < 1) {
                throw new IllegalArgumentException("casePack must be at least 1");
            }
            if (moq < 0) {
                throw new IllegalArgumentException("moq must be non-negative");
            }
            if (Double.isNaN(serviceLevel) && !(stockoutCost >= 0)) {
                throw new IllegalArgumentException("give a serviceLevel or a stockoutCost");
            }
        }

        /** Holding cost per unit per year. */
        public double annualHoldingCost() {
            return holdingRate * unitCost;
        }
    }

    /**
     * @param demandPerDay        average forecast demand per day
     * @param serviceLevel        the cycle service level the reorder point meets
     * @param economicOrderQuantity the unrounded EOQ
     * @param orderQuantity       Q: the EOQ, at least the MOQ, rounded up to whole cases
     * @param orderUpToLevel      S = r + Q
     * @param leadTimeDemandBasis where lead-time demand came from: the forecast's distribution method, or
     *                            {@link #NORMAL_FROM_INTERVALS}
     */
    public record Policy(LeadTimeDemand leadTimeDemand, double demandPerDay, double serviceLevel, double safetyStock,
            double reorderPoint, double economicOrderQuantity, long orderQuantity, double orderUpToLevel,
            String leadTimeDemandBasis) {
    }

    /** The basis of a policy whose forecast came without a lead-time distribution. */
    public static final String NORMAL_FROM_INTERVALS = "normal from interval widths, periods independent";

    public static Policy of(ForecastDemand demand, Sku sku) {
        return of(demand, sku, null);
    }

    /** @param distribution the forecast's lead-time demand for the SKU's lead time, or null for none */
    public static Policy of(ForecastDemand demand, Sku sku, DemandQuantiles distribution) {
        double perDay = demand.meanPerDay();
        double annualDemand = 365 * perDay;
        double h = sku.annualHoldingCost();
        double eoq = h > 0 && annualDemand > 0
                ? EconomicOrderQuantity.solve(sku.orderingCost(), h, annualDemand).orderQuantity() : 0;
        long q = roundToCases(Math.max(Math.max(eoq, sku.moq()), 1), sku.casePack());
        double alpha = Double.isNaN(sku.serviceLevel()) ? serviceLevelForStockoutCost(q, h, annualDemand,
                sku.stockoutCost()) : sku.serviceLevel();
        LeadTimeDemand ltd;
        SafetyStock.Result r;
        if (distribution != null) {
            ltd = new LeadTimeDemand(distribution.mean(), distribution.spread());
            r = distribution.forCycleServiceLevel(alpha);
        } else {
            ltd = demand.leadTimeDemand(sku.leadTimeMeanDays(), sku.leadTimeSdDays());
            r = SafetyStock.forCycleServiceLevel(ltd, alpha);
        }
        double safetyStock = Math.max(0, r.safetyStock());
        double reorderPoint = ltd.mean() + safetyStock;
        return new Policy(ltd, perDay, alpha, safetyStock, reorderPoint, eoq, q, reorderPoint + q,
                distribution == null ? NORMAL_FROM_INTERVALS : distribution.method());
    }

    /** B2 criterion: 1 &minus; Qh/(Dp), within [0.5, 0.9999]. */
    static double serviceLevelForStockoutCost(double orderQuantity, double annualHoldingCost, double annualDemand,
            double stockoutCost) {
        if (!(annualDemand > 0) || !(stockoutCost > 0)) {
            return MIN_SERVICE_LEVEL;
        }
        double alpha = 1 - orderQuantity * annualHoldingCost / (annualDemand * stockoutCost);
        return Math.min(MAX_SERVICE_LEVEL, Math.max(MIN_SERVICE_LEVEL, alpha));
    }

    /**
     * The cost per unit short that makes {@code serviceLevel} optimal under the same B2 criterion: p = Qh/(D(1 &minus;
     * &alpha;)); used where a planner needs a shortage cost for a SKU that states a service level.
     */
    public static double stockoutCostForServiceLevel(double orderQuantity, double annualHoldingCost,
            double annualDemand, double serviceLevel) {
        if (!(annualDemand > 0)) {
            return 0;
        }
        return orderQuantity * annualHoldingCost / (annualDemand * (1 - serviceLevel));
    }

    /** At least {@code units}, in whole cases. */
    public static long roundToCases(double units, int casePack) {
        return (long) Math.ceil(units / casePack - 1e-9) * casePack;
    }
}
