package io.shopmind.inventory.stochastic;

import io.shopmind.inventory.newsvendor.DiscreteDemand;
import io.shopmind.inventory.newsvendor.Newsvendor;

/**
 * Periodic-review base-stock policy with lead time L: the newsvendor solved on demand over
 * L + 1 periods, &mu;(L+1) and &sigma;&radic;(L+1) for normal demand (Snyder &amp; Shen, <i>Fundamentals of
 * Supply Chain Theory</i>, Chapter 4, base-stock with lead times).
 */
public final class BaseStock {

    private BaseStock() {
    }

    /** Optimal base-stock level and expected cost per period for i.i.d. N(mean, sd&sup2;) demand. */
    public static Newsvendor.Solution normal(double holdingCost, double stockoutCost, double mean, double sd,
                                             int leadTime) {
        requireLeadTime(leadTime);
        int periods = leadTime + 1;
        return Newsvendor.normal(holdingCost, stockoutCost, mean * periods, sd * Math.sqrt(periods));
    }

    /** Optimal base-stock level and cost for i.i.d. discrete per-period demand. */
    public static Newsvendor.Solution discrete(double holdingCost, double stockoutCost, DiscreteDemand perPeriod,
                                               int leadTime) {
        requireLeadTime(leadTime);
        return Newsvendor.discrete(holdingCost, stockoutCost, perPeriod.convolve(leadTime + 1));
    }

    private static void requireLeadTime(int leadTime) {
        if (leadTime < 0) {
            throw new IllegalArgumentException("leadTime must be non-negative, was " + leadTime);
        }
    }
}
