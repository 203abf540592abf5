package io.shopmind.recommendation.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Reference values from Newcombe's two 1998 papers (Statistics in Medicine 17), printed to four decimals. */
class ProportionsTest {

    @Test
    void wilsonIntervalMatchesNewcombesSingleProportionExamples() {
        // Newcombe 1998a, Table II, method 3 (score interval without continuity correction)
        assertEstimate(Proportions.wilson(81, 263, Proportions.Z95), 0.2553, 0.3662);
        assertEstimate(Proportions.wilson(15, 148, Proportions.Z95), 0.0624, 0.1605);
        assertEstimate(Proportions.wilson(0, 20, Proportions.Z95), 0.0, 0.1611);
        assertEstimate(Proportions.wilson(1, 29, Proportions.Z95), 0.0061, 0.1718);
    }

    @Test
    void hybridScoreIntervalMatchesNewcombesDifferenceExamples() {
        // Newcombe 1998b, Table II, method 10
        Proportions.Estimate a = Proportions.difference(56, 70, 48, 80, Proportions.Z95);
        assertThat(a.value()).isCloseTo(0.2, within(1e-12));
        assertEstimate(a, 0.0524, 0.3339);
        assertEstimate(Proportions.difference(9, 10, 3, 10, Proportions.Z95), 0.1705, 0.8090);
        assertEstimate(Proportions.difference(6, 7, 2, 7, Proportions.Z95), 0.0582, 0.8062);
        assertEstimate(Proportions.difference(5, 56, 0, 29, Proportions.Z95), -0.0381, 0.1926);
    }

    @Test
    void hasNoInformationWithoutTrials() {
        assertEstimate(Proportions.wilson(0, 0, Proportions.Z95), 0.0, 1.0);
    }

    private static void assertEstimate(Proportions.Estimate estimate, double low, double high) {
        assertThat(estimate.low()).isCloseTo(low, within(0.00005));
        assertThat(estimate.high()).isCloseTo(high, within(0.00005));
    }
}
