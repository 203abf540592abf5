package io.shopmind.forecast.arima;

import io.shopmind.forecast.RDatasets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.shopmind.forecast.model.Forecast;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Reference values from R 4.2, forecast 8.20, printed to the digits R prints. */
class AutoArimaTest {

    private static Offset<Double> relative(double expected) {
        return within(Math.abs(expected) * 1e-3);
    }

    @Test
    void wwwUsage() {
        ArimaModel fit = new AutoArima().fit(RDatasets.load("WWWusage"), 1);
        assertThat(fit.name()).isEqualTo("ARIMA(1,1,1)");
        assertThat(fit.coefficient("ar1")).isCloseTo(0.6504, relative(0.6504));
        assertThat(fit.coefficient("ma1")).isCloseTo(0.5256, relative(0.5256));
        assertThat(fit.sigma2()).isCloseTo(9.995, relative(9.995));
        assertThat(fit.logLikelihood()).isCloseTo(-254.15, within(0.01));
        assertThat(fit.aicc()).isCloseTo(514.55, within(0.01));
        Forecast fc = fit.forecast(3, 80, 95);
        assertThat(fc.mean()[0]).isCloseTo(218.8805, within(1e-3));
        assertThat(fc.mean()[1]).isCloseTo(218.1524, within(1e-3));
        assertThat(fc.mean()[2]).isCloseTo(217.6789, within(1e-3));
    }

    @Test
    void luteinizingHormone() {
        ArimaModel fit = new AutoArima().fit(RDatasets.load("lh"), 1);
        assertThat(fit.name()).isEqualTo("ARIMA(1,0,0) with non-zero mean");
        assertThat(fit.coefficient("ar1")).isCloseTo(0.5739, relative(0.5739));
        assertThat(fit.coefficient("intercept")).isCloseTo(2.4133, relative(2.4133));
        assertThat(fit.aicc()).isCloseTo(65.3, within(0.05));
    }

    @Test
    void nile() {
        ArimaModel fit = new AutoArima().fit(RDatasets.load("Nile"), 1);
        assertThat(fit.name()).isEqualTo("ARIMA(1,1,1)");
        assertThat(fit.coefficient("ar1")).isCloseTo(0.2544, relative(0.2544));
        assertThat(fit.coefficient("ma1")).isCloseTo(-0.8741, relative(-0.8741));
        assertThat(fit.aicc()).isCloseTo(1267.51, within(0.01));
    }

    @Test
    void usAccidentalDeaths() {
        ArimaModel fit = new AutoArima().fit(RDatasets.load("USAccDeaths"), 12);
        assertThat(fit.name()).isEqualTo("ARIMA(0,1,1)(0,1,1)[12]");
        assertThat(fit.coefficient("ma1")).isCloseTo(-0.4303, relative(-0.4303));
        assertThat(fit.coefficient("sma1")).isCloseTo(-0.5528, relative(-0.5528));
        assertThat(fit.aicc()).isCloseTo(857.32, within(0.01));
    }
}
