package io.shopmind.inventory.stochastic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Reference: Snyder &amp; Shen Example 4.2 (newsvendor of Example 4.1 with lead time 4). */
class BaseStockTest {

    @Test
    void example42LeadTimeFour() {
        var s = BaseStock.normal(0.18, 0.70, 50, 8, 4);
        assertThat(s.baseStockLevel()).isCloseTo(264.7668944, within(1e-7));
        assertThat(s.cost()).isCloseTo(4.4667810, within(1e-7));
    }
}
