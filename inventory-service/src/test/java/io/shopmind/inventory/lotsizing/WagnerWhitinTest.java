package io.shopmind.inventory.lotsizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Reference values: Snyder &amp; Shen Example 3.9 and Problem 3.27 (as in stockpyl's tests). */
class WagnerWhitinTest {

    @Test
    void example39() {
        var plan = WagnerWhitin.solve(2, 500, new double[] {90, 120, 80, 70});
        assertThat(plan.orderQuantities()).containsExactly(210, 0, 150, 0);
        assertThat(plan.cost()).isCloseTo(1380, within(1e-9));
    }

    @Test
    void problem327() {
        var plan = WagnerWhitin.solve(0.8, 120, new double[] {150, 100, 80, 200});
        assertThat(plan.orderQuantities()).containsExactly(150, 180, 0, 200);
        assertThat(plan.cost()).isCloseTo(424, within(1e-9));
    }

    @Test
    void timeVaryingCostsMatchEnumeration() {
        double[] h = {1, 3, 0.5, 2, 1};
        double[] k = {100, 40, 200, 60, 80};
        double[] c = {2, 5, 1, 3, 4};
        double[] d = {30, 0, 50, 20, 40};
        var plan = WagnerWhitin.solve(h, k, c, d);
        // brute force over all order/no-order patterns (zero-inventory ordering holds)
        double best = Double.POSITIVE_INFINITY;
        for (int mask = 0; mask < 32; mask++) {
            if ((mask & 1) == 0) {
                continue;
            }
            double cost = 0;
            int last = -1;
            double inv = 0;
            double[] q = new double[5];
            for (int t = 0; t < 5; t++) {
                if ((mask >> t & 1) == 1) {
                    last = t;
                }
                q[last] += d[t];
            }
            for (int t = 0; t < 5; t++) {
                if (q[t] > 0) {
                    cost += k[t] + c[t] * q[t];
                }
                inv += q[t] - d[t];
                cost += h[t] * inv;
            }
            best = Math.min(best, cost);
        }
        assertThat(plan.cost()).isCloseTo(best, within(1e-9));
    }

    @Test
    void rejectsMismatchedLengths() {
        assertThatThrownBy(() -> WagnerWhitin.solve(new double[2], new double[3], new double[3], new double[3]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holdingCost");
    }
}
