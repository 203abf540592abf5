package io.shopmind.inventory.eoq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Reference values: Snyder &amp; Shen Examples 3.1, 3.3 and 3.8 (as in stockpyl's tests). */
class EconomicOrderQuantityTest {

    @Test
    void example31Eoq() {
        var s = EconomicOrderQuantity.solve(8, 0.225, 1300);
        assertThat(s.orderQuantity()).isCloseTo(304.0467800, within(1e-7));
        assertThat(s.cost()).isCloseTo(68.4105255, within(1e-7));
        assertThat(EconomicOrderQuantity.cost(s.orderQuantity(), 8, 0.225, 1300)).isCloseTo(s.cost(), within(1e-9));
    }

    @Test
    void example33Backorders() {
        var s = EconomicOrderQuantity.solveWithBackorders(8, 0.225, 5, 1300);
        assertThat(s.orderQuantity()).isCloseTo(310.8126, within(1e-4));
        assertThat(s.stockoutFraction()).isCloseTo(0.043062, within(1e-6));
        assertThat(s.cost()).isCloseTo(66.92136, within(1e-5));
    }

    @Test
    void example38AllUnitsDiscount() {
        var s = EconomicOrderQuantity.solveAllUnitsDiscount(8, 0.3, 1300,
                new double[] {0, 400, 800}, new double[] {0.75, 0.72, 0.68});
        assertThat(s.orderQuantity()).isEqualTo(800);
        assertThat(s.region()).isEqualTo(2);
        assertThat(s.cost()).isCloseTo(978.60, within(1e-2));
    }

    @Test
    void rejectsNonPositiveHoldingCost() {
        assertThatThrownBy(() -> EconomicOrderQuantity.solve(8, 0, 1300))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holdingCost");
    }
}
