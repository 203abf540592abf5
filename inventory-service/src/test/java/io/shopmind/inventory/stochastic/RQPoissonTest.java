package io.shopmind.inventory.stochastic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.shopmind.inventory.newsvendor.DiscreteDemand;
import org.junit.jupiter.api.Test;

/** Reference: Snyder &amp; Shen Example 5.8 (stockpyl r_q_poisson_exact). */
class RQPoissonTest {

    @Test
    void example58() {
        var policy = RQPoisson.optimise(20, 150, 100, 1.5, 2);
        assertThat(policy.reorderPoint()).isEqualTo(3);
        assertThat(policy.orderQuantity()).isEqualTo(5);
        assertThat(policy.cost()).isCloseTo(107.9235806, within(1e-7));
    }

    @Test
    void optimumBeatsNeighbourhood() {
        var policy = RQPoisson.optimise(20, 150, 100, 1.5, 2);
        DiscreteDemand ltd = DiscreteDemand.poisson(3);
        for (int r = -2; r <= 8; r++) {
            for (int q = 1; q <= 15; q++) {
                assertThat(RQPoisson.cost(r, q, 20, 150, 100, 1.5, ltd)).isGreaterThanOrEqualTo(policy.cost() - 1e-9);
            }
        }
    }
}
