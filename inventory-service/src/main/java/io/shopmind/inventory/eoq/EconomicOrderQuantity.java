package io.shopmind.inventory.eoq;

/**
 * Economic order quantity models of Snyder &amp; Shen, <i>Fundamentals of Supply Chain Theory</i>,
 * Chapter 3: the EOQ, EOQ with planned backorders (eq. 3.27) and all-units quantity discounts.
 */
public final class EconomicOrderQuantity {

    private EconomicOrderQuantity() {
    }

    /** Order quantity and its annual cost (holding + fixed ordering, purchase cost excluded). */
    public record Solution(double orderQuantity, double cost) {
    }

    /** EOQ with backorders: order quantity, fraction of demand backordered, annual cost. */
    public record BackorderSolution(double orderQuantity, double stockoutFraction, double cost) {
    }

    /** All-units discount result: chosen quantity, price region, and annual cost including purchases. */
    public record DiscountSolution(double orderQuantity, int region, double unitCost, double cost) {
    }

    /**
     * Classic EOQ, Q* = sqrt(2K&lambda;/h), g(Q*) = sqrt(2K&lambda;h).
     *
     * @param fixedCost   K, cost per order
     * @param holdingCost h, per unit per unit time
     * @param lambda      demand per unit time
     */
    public static Solution solve(double fixedCost, double holdingCost, double lambda) {
        requireNonNegative(fixedCost, "fixedCost");
        requirePositive(holdingCost, "holdingCost");
        requireNonNegative(lambda, "lambda");
        double q = Math.sqrt(2 * fixedCost * lambda / holdingCost);
        return new Solution(q, Math.sqrt(2 * fixedCost * lambda * holdingCost));
    }

    /** Annual cost K&lambda;/Q + hQ/2 of an arbitrary order quantity. */
    public static double cost(double orderQuantity, double fixedCost, double holdingCost, double lambda) {
        requirePositive(orderQuantity, "orderQuantity");
        return fixedCost * lambda / orderQuantity + holdingCost * orderQuantity / 2;
    }

    /**
     * EOQ with planned backorders (eq. 3.27 and its cost): Q* = sqrt(2K&lambda;(h+p)/(hp)),
     * x* = h/(h+p), g* = sqrt(2K&lambda;hp/(h+p)).
     *
     * @param stockoutCost p, per unit backordered per unit time
     */
    public static BackorderSolution solveWithBackorders(double fixedCost, double holdingCost,
                                                        double stockoutCost, double lambda) {
        requireNonNegative(fixedCost, "fixedCost");
        requirePositive(holdingCost, "holdingCost");
        requirePositive(stockoutCost, "stockoutCost");
        requireNonNegative(lambda, "lambda");
        double h = holdingCost;
        double p = stockoutCost;
        double q = Math.sqrt(2 * fixedCost * lambda * (h + p) / (h * p));
        double x = h / (h + p);
        double g = Math.sqrt(2 * fixedCost * lambda * h * p / (h + p));
        return new BackorderSolution(q, x, g);
    }

    /**
     * EOQ with all-units quantity discounts: the best of each price region's clipped EOQ. The unit cost is
     * {@code unitCosts[j]} for order quantities in [breakpoints[j], breakpoints[j+1]); holding
     * cost is {@code holdingRate * unitCost}. The returned cost includes the purchase cost c&lambda;.
     *
     * @param breakpoints ascending, starting at 0
     * @param unitCosts   one per breakpoint
     */
    public static DiscountSolution solveAllUnitsDiscount(double fixedCost, double holdingRate, double lambda,
                                                         double[] breakpoints, double[] unitCosts) {
        requireNonNegative(fixedCost, "fixedCost");
        requirePositive(holdingRate, "holdingRate");
        requirePositive(lambda, "lambda");
        if (breakpoints == null || unitCosts == null || breakpoints.length == 0
                || breakpoints.length != unitCosts.length) {
            throw new IllegalArgumentException("breakpoints and unitCosts must be non-empty and of equal length");
        }
        if (breakpoints[0] != 0) {
            throw new IllegalArgumentException("breakpoints must start at 0");
        }
        for (int j = 1; j < breakpoints.length; j++) {
            if (breakpoints[j] <= breakpoints[j - 1]) {
                throw new IllegalArgumentException("breakpoints must be strictly increasing");
            }
        }
        for (double c : unitCosts) {
            requirePositive(c, "unitCosts");
        }
        double bestCost = Double.POSITIVE_INFINITY;
        double bestQ = Double.NaN;
        int bestRegion = -1;
        for (int j = 0; j < breakpoints.length; j++) {
            double c = unitCosts[j];
            double h = holdingRate * c;
            double q = Math.sqrt(2 * fixedCost * lambda / h);
            double upper = j + 1 < breakpoints.length ? breakpoints[j + 1] : Double.POSITIVE_INFINITY;
            // The region's cost is convex in Q, so its best feasible Q is the EOQ clipped to the region.
            if (q < breakpoints[j]) {
                q = breakpoints[j];
            } else if (q >= upper) {
                continue; // a cheaper region contains q, and is at least as good
            }
            if (q <= 0) {
                continue;
            }
            double g = c * lambda + fixedCost * lambda / q + h * q / 2;
            if (g < bestCost) {
                bestCost = g;
                bestQ = q;
                bestRegion = j;
            }
        }
        return new DiscountSolution(bestQ, bestRegion, unitCosts[bestRegion], bestCost);
    }

    static void requirePositive(double v, String name) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be positive and finite, was " + v);
        }
    }

    static void requireNonNegative(double v, String name) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be non-negative and finite, was " + v);
        }
    }
}
