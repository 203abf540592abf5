package io.shopmind.inventory.newsvendor;

/**
 * The newsvendor problem, Snyder &amp; Shen, <i>Fundamentals of Supply Chain Theory</i>, Chapter 4:
 * expected cost g(S) = h n&#772;(S) + p n(S), optimal S* = F<sup>-1</sup>(p/(p+h)), normal closed form
 * S* = &mu; + z&sigma;, g(S*) = (p+h)&sigma;&phi;(z), and the profit form with h = c &minus; v, p = r &minus; c.
 */
public final class Newsvendor {

    private Newsvendor() {
    }

    /** Base-stock (order-up-to) level and its expected cost per period. */
    public record Solution(double baseStockLevel, double cost) {
    }

    /** Order quantity and expected profit for the profit form. */
    public record ProfitSolution(double orderQuantity, double expectedProfit) {
    }

    /** Critical ratio p/(p+h). */
    public static double criticalRatio(double holdingCost, double stockoutCost) {
        requirePositive(holdingCost, "holdingCost");
        requirePositive(stockoutCost, "stockoutCost");
        return stockoutCost / (stockoutCost + holdingCost);
    }

    /** Optimal S and cost for N(mean, sd&sup2;) demand. */
    public static Solution normal(double holdingCost, double stockoutCost, double mean, double sd) {
        double alpha = criticalRatio(holdingCost, stockoutCost);
        requireNonNegative(sd, "sd");
        if (sd == 0) {
            return new Solution(mean, 0);
        }
        double z = StandardNormal.inverseCdf(alpha);
        return new Solution(mean + z * sd, (holdingCost + stockoutCost) * sd * StandardNormal.pdf(z));
    }

    /** g(S) for N(mean, sd&sup2;) demand: sd [h L&#772;(z) + p L(z)], z = (S &minus; mean)/sd. */
    public static double normalCost(double baseStockLevel, double holdingCost, double stockoutCost,
                                    double mean, double sd) {
        requirePositive(holdingCost, "holdingCost");
        requirePositive(stockoutCost, "stockoutCost");
        requireNonNegative(sd, "sd");
        if (sd == 0) {
            double x = baseStockLevel - mean;
            return x >= 0 ? holdingCost * x : -stockoutCost * x;
        }
        double z = (baseStockLevel - mean) / sd;
        double loss = sd * StandardNormal.loss(z);
        double complementary = loss + (baseStockLevel - mean);
        return holdingCost * complementary + stockoutCost * loss;
    }

    /** Optimal integer S and cost for a discrete demand distribution (smallest S with F(S) &ge; p/(p+h)). */
    public static Solution discrete(double holdingCost, double stockoutCost, DiscreteDemand demand) {
        double alpha = criticalRatio(holdingCost, stockoutCost);
        int s = demand.quantile(alpha);
        return new Solution(s, discreteCost(s, holdingCost, stockoutCost, demand));
    }

    /** g(S) = h n&#772;(S) + p n(S) for a discrete demand distribution. */
    public static double discreteCost(double baseStockLevel, double holdingCost, double stockoutCost,
                                      DiscreteDemand demand) {
        return holdingCost * demand.complementaryLoss(baseStockLevel) + stockoutCost * demand.loss(baseStockLevel);
    }

    /** Optimal S and cost for Poisson(mean) demand. */
    public static Solution poisson(double holdingCost, double stockoutCost, double mean) {
        return discrete(holdingCost, stockoutCost, DiscreteDemand.poisson(mean));
    }

    /**
     * Profit form with selling price r, unit cost c and salvage value v, normal demand:
     * the same S* as the cost form with h = c &minus; v and p = r &minus; c, and
     * expected profit (r &minus; c)&mu; &minus; g(S*).
     */
    public static ProfitSolution normalProfit(double price, double unitCost, double salvageValue,
                                              double mean, double sd) {
        if (!(price > unitCost)) {
            throw new IllegalArgumentException("price must exceed unitCost");
        }
        if (!(unitCost > salvageValue)) {
            throw new IllegalArgumentException("unitCost must exceed salvageValue");
        }
        Solution s = normal(unitCost - salvageValue, price - unitCost, mean, sd);
        return new ProfitSolution(s.baseStockLevel(), (price - unitCost) * mean - s.cost());
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
