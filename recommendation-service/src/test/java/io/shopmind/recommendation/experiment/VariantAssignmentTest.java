package io.shopmind.recommendation.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class VariantAssignmentTest {

    @Test
    void assignsTheSameShopperTheSameVariantAndSplitsShoppersByTheShare() {
        UUID experiment = UUID.fromString("00000000-0000-0000-0000-000000000042");
        int treated = 0;
        for (int c = 0; c < 10_000; c++) {
            String variant = VariantAssignment.variant(experiment, "customer-" + c, 0.2);
            assertThat(VariantAssignment.variant(experiment, "customer-" + c, 0.2)).isEqualTo(variant);
            treated += variant.equals(VariantAssignment.TREATMENT) ? 1 : 0;
        }
        // binomial(10,000, 0.2): standard deviation 40, so ±160 is four of them
        assertThat(treated).isBetween(2000 - 160, 2000 + 160);
    }
}
