package io.shopmind.inventory.newsvendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Reference values: Snyder &amp; Shen Examples 4.1, 4.2 and 4.7 (as in stockpyl's tests). */
class NewsvendorTest {

    @Test
    void example41NormalDemand() {
        var s = Newsvendor.normal(0.18, 0.70, 50, 8);
        assertThat(s.baseStockLevel()).isCloseTo(56.6039559, within(1e-7));
        assertThat(s.cost()).isCloseTo(1.9976052, within(1e-7));
        assertThat(Newsvendor.normalCost(s.baseStockLevel(), 0.18, 0.70, 50, 8)).isCloseTo(s.cost(), within(1e-9));
    }

    @Test
    void example41ProfitForm() {
        var s = Newsvendor.normalProfit(1.00, 0.30, 0.12, 50, 8);
        assertThat(s.orderQuantity()).isCloseTo(56.6039559, within(1e-7));
        assertThat(s.expectedProfit()).isCloseTo(33.0023948, within(1e-7));
    }

    @Test
    void poissonDemand() {
        var s = Newsvendor.poisson(1, 4, 6);
        assertThat(s.baseStockLevel()).isEqualTo(8);
        assertThat(s.cost()).isCloseTo(3.5701069, within(1e-7));
    }

    @Test
    void generalDiscreteDemandMatchesBruteForce() {
        DiscreteDemand d = DiscreteDemand.of(0, 0.1, 0.2, 0.3, 0.25, 0.15);
        var s = Newsvendor.discrete(1, 3, d);
        // critical ratio 0.75: F(2) = 0.6, F(3) = 0.85
        assertThat(s.baseStockLevel()).isEqualTo(3);
        double best = Double.POSITIVE_INFINITY;
        int argBest = -1;
        for (int y = 0; y <= 4; y++) {
            double g = 0;
            for (int k = 0; k <= 4; k++) {
                g += d.probability(k) * (1 * Math.max(y - k, 0) + 3 * Math.max(k - y, 0));
            }
            if (g < best) {
                best = g;
                argBest = y;
            }
        }
        assertThat(argBest).isEqualTo(3);
        assertThat(s.cost()).isCloseTo(best, within(1e-12));
    }

    @Test
    void inverseLossRoundTrips() {
        for (double z = -2; z <= 3; z += 0.25) {
            assertThat(StandardNormal.inverseLoss(StandardNormal.loss(z))).isCloseTo(z, within(1e-9));
        }
    }

    @Test
    void rejectsNegativeSd() {
        assertThatThrownBy(() -> Newsvendor.normal(1, 1, 0, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sd");
    }
}
