package io.shopmind.twin.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PairedDifferenceTest {

    /** Student's sleep data (Cushny and Peebles 1905), R's {@code datasets::sleep}: extra sleep under two drugs. */
    private static final double[] DRUG_1 = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};
    private static final double[] DRUG_2 = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};

    @Test
    void matchesRsPairedTTestOnTheSleepData() {
        // R: with(sleep, t.test(extra[group == 1], extra[group == 2], paired = TRUE))
        // t = -4.0621, df = 9, 95 percent confidence interval: -2.4598858 -0.7001142, mean difference -1.58
        PairedDifference d = PairedDifference.of(DRUG_1, DRUG_2, 0.95);

        assertThat(d.n()).isEqualTo(10);
        assertThat(d.mean()).isCloseTo(-1.58, within(1e-12));
        assertThat(d.lower()).isCloseTo(-2.4598858, within(5e-8));
        assertThat(d.upper()).isCloseTo(-0.7001142, within(5e-8));
        assertThat(d.t()).isCloseTo(-4.0621, within(5e-5));
        assertThat(d.excludesZero()).isTrue();
    }

    @Test
    void identicalArmsDifferByExactlyZero() {
        double[] values = {10, 12, 9};
        PairedDifference d = PairedDifference.of(values, values.clone(), 0.95);

        assertThat(d.mean()).isZero();
        assertThat(d.lower()).isZero();
        assertThat(d.upper()).isZero();
        assertThat(d.excludesZero()).isFalse();
    }

    @Test
    void onePairHasNoInterval() {
        PairedDifference d = PairedDifference.of(new double[] {3}, new double[] {1}, 0.95);

        assertThat(d.mean()).isEqualTo(2);
        assertThat(d.lower()).isNaN();
        assertThatThrownBy(() -> PairedDifference.of(new double[] {1, 2}, new double[] {1}, 0.95))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
