package io.shopmind.inventory.stochastic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.shopmind.inventory.newsvendor.DiscreteDemand;
import org.junit.jupiter.api.Test;

/** Reference: Snyder &amp; Shen Example 4.7 (stockpyl s_s_discrete_exact). */
class SSPolicyTest {

    @Test
    void example47Poisson() {
        var policy = SSPolicy.optimisePoisson(1, 4, 5, 6);
        assertThat(policy.reorderPoint()).isEqualTo(4);
        assertThat(policy.orderUpToLevel()).isEqualTo(10);
        assertThat(policy.cost()).isCloseTo(8.0341116, within(1e-7));
    }

    @Test
    void optimumBeatsAllPairsInRange() {
        DiscreteDemand d = DiscreteDemand.poisson(6);
        var policy = SSPolicy.optimisePoisson(1, 4, 5, 6);
        for (int s = -2; s <= 10; s++) {
            for (int bigS = s + 1; bigS <= 20; bigS++) {
                assertThat(SSPolicy.cost(s, bigS, 1, 4, 5, d, 0)).isGreaterThanOrEqualTo(policy.cost() - 1e-9);
            }
        }
    }
}
