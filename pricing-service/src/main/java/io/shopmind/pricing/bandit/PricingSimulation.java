package io.shopmind.pricing.bandit;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * One simulated selling season, as in Ferreira, Simchi-Levi &amp; Wang (2018), &sect;5: T periods, one customer per
 * period who buys at the offered price k with probability &theta;<sub>k</sub> (Bernoulli demand), I units of stock;
 * no sales once the stock is gone. The policy learns from what it observes.
 */
public final class PricingSimulation {

    private PricingSimulation() {
    }

    /** The season's revenue. */
    public static double revenue(PricingPolicy policy, DemandPosterior posterior, double[] prices, double[] theta,
            int horizon, double inventory, RandomGenerator random) {
        double revenue = 0;
        double stock = inventory;
        for (int t = 0; t < horizon; t++) {
            if (stock <= 0) {
                break;
            }
            PricingPolicy.Choice choice = policy.choose(posterior, prices, stock, horizon - t, random);
            if (choice.arm() == PricingPolicy.NO_OFFER) {
                continue;
            }
            int sale = random.nextDouble() < theta[choice.arm()] ? 1 : 0;
            posterior.observe(choice.arm(), sale);
            if (sale == 1) {
                revenue += prices[choice.arm()];
                stock--;
            }
        }
        return revenue;
    }
}
