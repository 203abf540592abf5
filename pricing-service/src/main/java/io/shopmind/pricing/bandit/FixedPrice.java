package io.shopmind.pricing.bandit;

import org.apache.commons.math3.random.RandomGenerator;

/** One price all along while stock lasts: the baseline an experiment is measured against. */
public record FixedPrice(int arm) implements PricingPolicy {

    @Override
    public Choice choose(DemandPosterior posterior, double[] prices, double inventory, int periods,
            RandomGenerator random) {
        return new Choice(inventory > 0 ? arm : NO_OFFER, 1);
    }

    /**
     * The best single price knowing the demand: the most revenue p<sub>k</sub> min(&theta;<sub>k</sub> T, I) over
     * the horizon (the fluid approximation of expected sales capped by stock).
     */
    public static FixedPrice best(double[] prices, double[] theta, int horizon, double inventory) {
        int best = 0;
        double bestRevenue = -1;
        for (int k = 0; k < prices.length; k++) {
            double revenue = prices[k] * Math.min(theta[k] * horizon, inventory);
            if (revenue > bestRevenue) {
                bestRevenue = revenue;
                best = k;
            }
        }
        return new FixedPrice(best);
    }
}
