package io.shopmind.inventory.dp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Reference: Snyder &amp; Shen Examples 4.5 and 4.6 (stockpyl finite_horizon_dp doctests). */
class FiniteHorizonDpTest {

    @Test
    void baseStockWithoutFixedCost() {
        var r = FiniteHorizonDp.solve(new FiniteHorizonDp.Problem(5, 1, 20, 1, 20, 2, 0, 100, 20, 1, 0));
        assertThat(r.orderUpToLevels()).containsExactly(133, 133, 133, 133, 126);
        assertThat(r.reorderPoints()).containsExactly(133, 133, 133, 133, 126);
    }

    @Test
    void sSWithFixedCost() {
        var r = FiniteHorizonDp.solve(new FiniteHorizonDp.Problem(5, 1, 20, 1, 20, 2, 50, 100, 20, 1, 0));
        assertThat(r.reorderPoints()).containsExactly(110, 110, 110, 110, 111);
        assertThat(r.orderUpToLevels()).containsExactly(133, 133, 133, 133, 126);
        // stockpyl doctest prints 1558.6946467384012
        assertThat(r.totalCost()).isCloseTo(1558.6946467384012, within(1e-6));
    }

    @Test
    void rejectsBadDiscountFactor() {
        assertThatThrownBy(() -> new FiniteHorizonDp.Problem(5, 1, 20, 1, 20, 2, 0, 100, 20, 1.5, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("discountFactor");
    }
}
