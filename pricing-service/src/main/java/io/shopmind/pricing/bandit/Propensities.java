package io.shopmind.pricing.bandit;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * The probability a policy gives each price given the history, for off-policy evaluation (inverse propensity
 * scoring, Li et al. 2011): Thompson sampling's choice has no closed-form probability, so it is the average over
 * {@code draws} posterior draws of the probability the policy gives each price for that draw.
 */
public final class Propensities {

    private Propensities() {
    }

    /** One entry per price, then the probability of no offer last. */
    public static double[] of(PricingPolicy policy, DemandPosterior posterior, double[] prices, double inventory,
            int periods, int draws, RandomGenerator random) {
        double[] probability = new double[prices.length + 1];
        for (int i = 0; i < draws; i++) {
            if (policy instanceof InventoryThompsonSampling) {
                if (inventory <= 0) {
                    probability[prices.length] += 1;
                    continue;
                }
                double[] x = InventoryThompsonSampling.solve(prices, posterior.sample(random),
                        ((InventoryThompsonSampling) policy).rate(inventory, periods));
                double offered = 0;
                for (int k = 0; k < prices.length; k++) {
                    probability[k] += x[k];
                    offered += x[k];
                }
                probability[prices.length] += Math.max(0, 1 - offered);
            } else {
                PricingPolicy.Choice choice = policy.choose(posterior, prices, inventory, periods, random);
                probability[choice.arm() == PricingPolicy.NO_OFFER ? prices.length : choice.arm()] += 1;
            }
        }
        for (int k = 0; k < probability.length; k++) {
            probability[k] /= draws;
        }
        return probability;
    }
}
