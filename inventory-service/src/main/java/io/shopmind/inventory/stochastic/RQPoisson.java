package io.shopmind.inventory.stochastic;

import io.shopmind.inventory.newsvendor.DiscreteDemand;
import io.shopmind.inventory.newsvendor.Newsvendor;

/**
 * Exact (r,Q) policy under Poisson demand (Federgruen &amp; Zheng 1992, Operations Research 40(4)),
 * as in Snyder &amp; Shen, <i>Fundamentals of Supply Chain Theory</i>, Chapter 5: cost
 * g(r,Q) = (K&lambda; + &Sigma;<sub>y=r+1..r+Q</sub> g(y)) / Q (eq. 5.48), where g is the newsvendor
 * cost under lead-time demand Poisson(&lambda;L). Q grows one unit at a time; r(Q+1) is r(Q) or
 * r(Q) &minus; 1 depending on whether g(r) or g(r+Q+1) is smaller.
 */
public final class RQPoisson {

    private RQPoisson() {
    }

    /** Reorder point, order quantity and expected cost per unit time. */
    public record Policy(int reorderPoint, int orderQuantity, double cost) {
    }

    /**
     * @param holdingCost  h per unit per unit time
     * @param stockoutCost p per unit backordered per unit time
     * @param fixedCost    K per order
     * @param lambda       Poisson demand rate per unit time
     * @param leadTime     L in the same time unit
     */
    public static Policy optimise(double holdingCost, double stockoutCost, double fixedCost, double lambda,
                                  double leadTime) {
        requirePositive(holdingCost, "holdingCost");
        requirePositive(stockoutCost, "stockoutCost");
        requirePositive(fixedCost, "fixedCost");
        requirePositive(lambda, "lambda");
        requirePositive(leadTime, "leadTime");
        DiscreteDemand leadTimeDemand = DiscreteDemand.poisson(lambda * leadTime);
        int sStar = leadTimeDemand.quantile(stockoutCost / (stockoutCost + holdingCost));

        int q = 1;
        int r = sStar - 1;
        double g = cost(r, q, holdingCost, stockoutCost, fixedCost, lambda, leadTimeDemand);
        while (true) {
            double gr = Newsvendor.discreteCost(r, holdingCost, stockoutCost, leadTimeDemand);
            double grq1 = Newsvendor.discreteCost(r + q + 1, holdingCost, stockoutCost, leadTimeDemand);
            int nextR = gr < grq1 ? r - 1 : r;
            double next = cost(nextR, q + 1, holdingCost, stockoutCost, fixedCost, lambda, leadTimeDemand);
            // g(r(Q),Q) is unimodal in Q, so the first increase ends the search
            if (next > g) {
                return new Policy(r, q, g);
            }
            r = nextR;
            q++;
            g = next;
        }
    }

    /** g(r,Q) of eq. 5.48. */
    public static double cost(int reorderPoint, int orderQuantity, double holdingCost, double stockoutCost,
                              double fixedCost, double lambda, DiscreteDemand leadTimeDemand) {
        if (orderQuantity < 1) {
            throw new IllegalArgumentException("orderQuantity must be at least 1, was " + orderQuantity);
        }
        double sum = fixedCost * lambda;
        for (int y = reorderPoint + 1; y <= reorderPoint + orderQuantity; y++) {
            sum += Newsvendor.discreteCost(y, holdingCost, stockoutCost, leadTimeDemand);
        }
        return sum / orderQuantity;
    }

    private static void requirePositive(double v, String name) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be positive and finite, was " + v);
        }
    }
}
