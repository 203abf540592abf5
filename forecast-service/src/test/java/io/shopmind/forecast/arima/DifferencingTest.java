package io.shopmind.forecast.arima;

import io.shopmind.forecast.RDatasets;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The differencing orders auto.arima chooses for the reference series (R 4.2, forecast 8.20). */
class DifferencingTest {

    @Test
    void kpssAsksForOneDifferenceOfWwwUsageAndNoneOfLh() {
        assertThat(Kpss.ndiffs(RDatasets.load("WWWusage"), 0.05, 2)).isEqualTo(1);
        assertThat(Kpss.ndiffs(RDatasets.load("Nile"), 0.05, 2)).isEqualTo(1);
        assertThat(Kpss.ndiffs(RDatasets.load("lh"), 0.05, 2)).isZero();
    }

    @Test
    void kpssPValueInterpolatesUrcaTableAndClamps() {
        assertThat(Kpss.pValue(0.2)).isEqualTo(0.10);
        assertThat(Kpss.pValue(0.463)).isEqualTo(0.05);
        assertThat(Kpss.pValue(2.0)).isEqualTo(0.01);
    }

    @Test
    void strongSeasonalityAsksForOneSeasonalDifference() {
        assertThat(SeasonalStrength.nsdiffs(RDatasets.load("USAccDeaths"), 12, 1)).isEqualTo(1);
        assertThat(SeasonalStrength.nsdiffs(RDatasets.load("AirPassengers"), 12, 1)).isEqualTo(1);
        assertThat(SeasonalStrength.of(RDatasets.load("USAccDeaths"), 12)).isGreaterThan(SeasonalStrength.THRESHOLD);
    }
}
