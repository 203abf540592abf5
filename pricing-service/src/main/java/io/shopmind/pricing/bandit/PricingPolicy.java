package io.shopmind.pricing.bandit;

import org.apache.commons.math3.random.RandomGenerator;

/** How an experiment picks the period's price from the posterior and what stock and time are left. */
public interface PricingPolicy {

    /** Shut-off: no price offered this period (the inventory-aware policies' "p&#8734;"). */
    int NO_OFFER = -1;

    /**
     * The period's choice.
     *
     * @param inventory units left (ignored by policies that do not look at stock)
     * @param periods   periods left, this one included
     */
    Choice choose(DemandPosterior posterior, double[] prices, double inventory, int periods, RandomGenerator random);

    /**
     * A price index (or {@link #NO_OFFER}) and the probability the policy gave it given the draw it made; the
     * propensity of the choice given the history is the mean of that over draws ({@link Propensities}).
     */
    record Choice(int arm, double probabilityGivenDraw) {
    }
}
