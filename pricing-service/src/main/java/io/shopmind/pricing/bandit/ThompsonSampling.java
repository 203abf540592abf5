package io.shopmind.pricing.bandit;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * Thompson sampling for pricing (Thompson 1933; for revenue, Ferreira, Simchi-Levi &amp; Wang 2018, &sect;3.1 "TS
 * without inventory constraints"): draw each price's demand from the posterior and offer the price with the
 * highest sampled revenue p<sub>k</sub> &theta;<sub>k</sub>. It ignores stock, so it sells out early when stock is
 * short.
 */
public final class ThompsonSampling implements PricingPolicy {

    @Override
    public Choice choose(DemandPosterior posterior, double[] prices, double inventory, int periods,
            RandomGenerator random) {
        double[] theta = posterior.sample(random);
        int best = 0;
        for (int k = 1; k < prices.length; k++) {
            if (prices[k] * theta[k] > prices[best] * theta[best]) {
                best = k;
            }
        }
        return new Choice(best, 1);
    }
}
