package io.shopmind.forecast.arima;

import io.shopmind.forecast.RDatasets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.shopmind.forecast.model.Forecast;
import io.shopmind.forecast.model.PredictionInterval;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Reference values from R 4.2, forecast 8.20. */
class ArimaTest {

    private static Offset<Double> relative(double expected) {
        return within(Math.abs(expected) * 1e-3);
    }

    @Test
    void airlineModelOfLogAirPassengersMatchesR() {
        // Arima(log(AirPassengers), order = c(0,1,1), seasonal = c(0,1,1))
        double[] y = RDatasets.load("AirPassengers");
        for (int i = 0; i < y.length; i++) {
            y[i] = Math.log(y[i]);
        }
        ArimaModel fit = Arima.of(ArimaOrder.of(0, 1, 1, 0, 1, 1)).fit(y, 12);

        assertThat(fit.name()).isEqualTo("ARIMA(0,1,1)(0,1,1)[12]");
        assertThat(fit.coefficient("ma1")).isCloseTo(-0.4018280, relative(-0.4018280));
        assertThat(fit.coefficient("sma1")).isCloseTo(-0.5569448, relative(-0.5569448));
        assertThat(fit.sigma2()).isCloseTo(0.00137126, relative(0.00137126));
        assertThat(fit.logLikelihood()).isCloseTo(244.6995, within(0.01));
        assertThat(fit.aic()).isCloseTo(-483.3991, within(0.01));
        assertThat(fit.aicc()).isCloseTo(-483.2101, within(0.01));
        assertThat(fit.bic()).isCloseTo(-474.7735, within(0.01));

        Forecast fc = fit.forecast(12, 80, 95);
        PredictionInterval pi95 = fc.interval(95);
        assertThat(fc.mean()[0]).isCloseTo(6.110186, within(1e-5));
        assertThat(pi95.lower()[0]).isCloseTo(6.037607, within(1e-5));
        assertThat(pi95.upper()[0]).isCloseTo(6.182764, within(1e-5));
        assertThat(fc.mean()[11]).isCloseTo(6.168025, within(1e-5));
        assertThat(pi95.lower()[11]).isCloseTo(6.006778, within(1e-5));
        assertThat(pi95.upper()[11]).isCloseTo(6.329272, within(1e-5));
    }
}
