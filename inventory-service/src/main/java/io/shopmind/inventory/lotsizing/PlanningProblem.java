package io.shopmind.inventory.lotsizing;

import java.util.List;

/**
 * A capacitated multi-item lot-sizing problem with lost sales (Pochet &amp; Wolsey, <i>Production
 * Planning by Mixed Integer Programming</i>, 2006, the multi-item capacitated lot-sizing model),
 * per SKU i and week t:
 * <pre>
 *   min  &Sigma; K_i y_it + c_i p_i x_it + h_i I_it + l_i s_it
 *   s.t. I_it = I_i,t-1 + p_i x_it - d_it + s_it,   0 &le; s_it &le; d_it,  I_it &ge; 0
 *        moq_i y_it &le; x_it &le; M_i y_it,   x_it integer, y_it binary
 *        I_i,t-1 + p_i x_it &le; maxStock_i                     (M_i = floor(maxStock_i / p_i))
 *        &Sigma;_i c_i p_i x_it &le; budget_t                     (purchase budget)
 *        &Sigma;_i v_i (I_i,t-1 + p_i x_it) &le; volumeCapacity_t  (stock after receipt fits the warehouse)
 * </pre>
 * Orders arrive at the start of the week they are placed in.
 */
public record PlanningProblem(List<Sku> skus, double[] budget, double[] volumeCapacity) {

    /**
     * @param demand       d_t, units per week
     * @param packSize     p, units per case
     * @param minCases     MOQ in cases for any order, at least 1
     * @param maxStock     most units on hand after receipt
     * @param initialStock units on hand before week 0
     * @param fixedCost    K per order
     * @param unitCost     c per unit purchased
     * @param holdingCost  h per unit on hand at week end
     * @param lostSaleCost l per unit of demand not served
     * @param unitVolume   v per unit
     */
    public record Sku(String id, int[] demand, int packSize, int minCases, int maxStock, int initialStock,
                      double fixedCost, double unitCost, double holdingCost, double lostSaleCost,
                      double unitVolume) {
        public Sku {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("id must be non-blank");
            }
            if (demand == null || demand.length == 0) {
                throw new IllegalArgumentException("demand must be non-empty for sku " + id);
            }
            for (int d : demand) {
                if (d < 0) {
                    throw new IllegalArgumentException("demand must be non-negative for sku " + id);
                }
            }
            if (packSize < 1) {
                throw new IllegalArgumentException("packSize must be at least 1 for sku " + id);
            }
            if (minCases < 1) {
                throw new IllegalArgumentException("minCases must be at least 1 for sku " + id);
            }
            if (initialStock < 0 || initialStock > maxStock) {
                throw new IllegalArgumentException("initialStock must be within 0..maxStock for sku " + id);
            }
            if (maxStock / packSize < minCases) {
                throw new IllegalArgumentException("maxStock must hold at least minCases cases for sku " + id);
            }
            for (double v : new double[] {fixedCost, unitCost, holdingCost, lostSaleCost, unitVolume}) {
                if (!(v >= 0) || Double.isInfinite(v)) {
                    throw new IllegalArgumentException("costs and unitVolume must be non-negative for sku " + id);
                }
            }
            demand = demand.clone();
        }

        /** M: the most cases one order can hold. */
        public int maxCases() {
            return maxStock / packSize;
        }

        public int demand(int week) {
            return demand[week];
        }

        @Override
        public int[] demand() {
            return demand.clone();
        }
    }

    public PlanningProblem {
        if (skus == null || skus.isEmpty()) {
            throw new IllegalArgumentException("skus must be non-empty");
        }
        skus = List.copyOf(skus);
        int weeks = skus.get(0).demand.length;
        for (Sku s : skus) {
            if (s.demand.length != weeks) {
                throw new IllegalArgumentException("every sku needs demand for " + weeks + " weeks: " + s.id());
            }
        }
        if (budget == null || budget.length != weeks) {
            throw new IllegalArgumentException("budget must have one entry per week (" + weeks + ")");
        }
        if (volumeCapacity == null || volumeCapacity.length != weeks) {
            throw new IllegalArgumentException("volumeCapacity must have one entry per week (" + weeks + ")");
        }
        for (int t = 0; t < weeks; t++) {
            if (!(budget[t] > 0) || !(volumeCapacity[t] > 0)) {
                throw new IllegalArgumentException("budget and volumeCapacity must be positive");
            }
        }
        budget = budget.clone();
        volumeCapacity = volumeCapacity.clone();
    }

    public int weeks() {
        return budget.length;
    }

    @Override
    public double[] budget() {
        return budget.clone();
    }

    @Override
    public double[] volumeCapacity() {
        return volumeCapacity.clone();
    }

    double budget(int t) {
        return budget[t];
    }

    double volumeCapacity(int t) {
        return volumeCapacity[t];
    }

    /** Cost of one SKU's order plan, serving demand from stock whenever possible. */
    public static double skuCost(Sku sku, int[] cases) {
        return SkuPlanning.evaluate(sku, cases, null);
    }

    /** Whether the plan meets every constraint (to a relative tolerance of 1e-9). */
    public boolean isFeasible(int[][] cases) {
        int weeks = weeks();
        double[] spend = new double[weeks];
        double[] volume = new double[weeks];
        double[] post = new double[weeks];
        for (int i = 0; i < skus.size(); i++) {
            Sku s = skus.get(i);
            for (int t = 0; t < weeks; t++) {
                int x = cases[i][t];
                if (x < 0 || (x > 0 && x < s.minCases) || x > s.maxCases()) {
                    return false;
                }
                spend[t] += s.unitCost * s.packSize * x;
            }
            SkuPlanning.evaluate(s, cases[i], post);
            for (int t = 0; t < weeks; t++) {
                if (post[t] > s.maxStock) {
                    return false;
                }
                volume[t] += s.unitVolume * post[t];
            }
        }
        for (int t = 0; t < weeks; t++) {
            if (spend[t] > budget[t] * (1 + 1e-9) || volume[t] > volumeCapacity[t] * (1 + 1e-9)) {
                return false;
            }
        }
        return true;
    }

    /** Total cost of a plan. */
    public double cost(int[][] cases) {
        double c = 0;
        for (int i = 0; i < skus.size(); i++) {
            c += skuCost(skus.get(i), cases[i]);
        }
        return c;
    }
}
