package io.shopmind.inventory.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class InventoryHealthTest {

    @Test
    void figures() {
        // 10/day, sd 4, lead time 9 days: LTD ~ N(90, 12^2); position 90 + 24 = 114 is z = 2
        var r = InventoryHealth.assess(new InventoryHealth.Input(90, 24, 10, 4, 9, 5, 2.5));
        assertThat(r.daysOfCover()).isCloseTo(9, within(1e-12));
        assertThat(r.stockoutRisk()).isCloseTo(0.0227501, within(1e-7));
        assertThat(r.excessUnits()).isCloseTo(40, within(1e-12));
        assertThat(r.excessValue()).isCloseTo(100, within(1e-12));
        assertThat(r.turnover()).isCloseTo(3650.0 / 90, within(1e-12));
    }
}
