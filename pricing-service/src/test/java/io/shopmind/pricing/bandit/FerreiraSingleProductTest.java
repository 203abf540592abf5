package io.shopmind.pricing.bandit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

/**
 * Ferreira, Simchi-Levi &amp; Wang (2018), &sect;5.1, the single-product example: prices {29.9, 34.9, 39.9, 44.9},
 * purchase probabilities {0.8, 0.6, 0.3, 0.1}, stock &alpha;T. The full figures (T = 10,000, 100 seeds) come from
 * {@code benchmark.FerreiraBenchmark}; these checks are short.
 */
class FerreiraSingleProductTest {

    static final double[] PRICES = {29.9, 34.9, 39.9, 44.9};
    static final double[] THETA = {0.8, 0.6, 0.3, 0.1};

    @Test
    void theLpOracleEarnsThePublishedRevenuePerPeriod() {
        assertThat(InventoryThompsonSampling.oracleRevenuePerPeriod(PRICES, THETA, 0.25)).isCloseTo(10.1, within(1e-9));
        assertThat(InventoryThompsonSampling.oracleRevenuePerPeriod(PRICES, THETA, 0.5)).isCloseTo(17.95, within(1e-9));
    }

    @Test
    void theOracleMixesTheTwoPricesAroundTheStockRate() {
        // α = 0.25: 0.75 at 39.9 and 0.25 at 44.9 sell exactly 0.25 a period
        assertThat(InventoryThompsonSampling.solve(PRICES, THETA, 0.25))
                .containsExactly(new double[] {0, 0, 0.75, 0.25}, within(1e-9));
        // unconstrained, the highest p·θ (29.9 × 0.8) is offered always
        assertThat(InventoryThompsonSampling.solve(PRICES, THETA, 1.0))
                .containsExactly(new double[] {1, 0, 0, 0}, within(1e-9));
    }

    @Test
    void inventoryAwareThompsonSamplingBeatsPlainThompsonSamplingWhenStockIsShort() {
        int horizon = 2_000;
        double inventory = 0.25 * horizon;
        double oracle = 10.1 * horizon;
        double plain = 0;
        double update = 0;
        int seeds = 4;
        for (int seed = 0; seed < seeds; seed++) {
            plain += PricingSimulation.revenue(new ThompsonSampling(), new DemandPosterior.Bernoulli(4), PRICES, THETA,
                    horizon, inventory, new MersenneTwister(seed));
            update += PricingSimulation.revenue(new InventoryThompsonSampling(
                    InventoryThompsonSampling.Variant.UPDATE, inventory, horizon), new DemandPosterior.Bernoulli(4),
                    PRICES, THETA, horizon, inventory, new MersenneTwister(seed));
        }
        // plain TS ignores the stock and sells most of it at the lower prices it finds most profitable per visitor
        assertThat(plain / seeds / oracle).isLessThan(0.85);
        assertThat(update / seeds / oracle).isGreaterThan(0.90).isGreaterThan(plain / seeds / oracle + 0.1);
    }

    @Test
    void theBestFixedPriceIsTheOneThatSellsTheStockAtTheHighestPrice() {
        assertThat(FixedPrice.best(PRICES, THETA, 10_000, 2_500).arm()).isEqualTo(2);
        assertThat(FixedPrice.best(PRICES, THETA, 10_000, 5_000).arm()).isEqualTo(1);
    }

    @Test
    void propensitiesAreTheLpsAverageOfferProbabilities() {
        // with a posterior concentrated on the true θ the propensities approach the oracle's mix
        DemandPosterior.Bernoulli sharp = new DemandPosterior.Bernoulli(
                new double[] {8e5, 6e5, 3e5, 1e5}, new double[] {2e5, 4e5, 7e5, 9e5});
        double[] p = Propensities.of(new InventoryThompsonSampling(InventoryThompsonSampling.Variant.FIXED, 2_500,
                10_000), sharp, PRICES, 2_500, 10_000, 50, new MersenneTwister(1));
        assertThat(p).containsExactly(new double[] {0, 0, 0.75, 0.25, 0}, within(0.01));
        double[] ts = Propensities.of(new ThompsonSampling(), sharp, PRICES, 2_500, 10_000, 50, new MersenneTwister(1));
        assertThat(ts).containsExactly(new double[] {1, 0, 0, 0, 0}, within(1e-12));
    }

    @Test
    void poissonPosteriorLearnsARate() {
        DemandPosterior.Poisson posterior = new DemandPosterior.Poisson(1);
        for (int i = 0; i < 100; i++) {
            posterior.observe(0, i % 2 == 0 ? 4 : 6);
        }
        // Gamma(1 + 500, 0.1 + 100): mean 501 / 100.1
        assertThat(posterior.mean()[0]).isCloseTo(501 / 100.1, within(1e-12));
    }
}
