package io.shopmind.forecast.ets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.shopmind.forecast.RDatasets;
import io.shopmind.forecast.model.Forecast;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EtsTest {

    private static final double Z95 = 1.959963984540054;

    @Test
    void usAccidentalDeathsChoosesAdditiveSeasonalWithoutTrend() {
        // R 4.2, forecast 8.20: ets(USAccDeaths) is ETS(A,N,A) with AICc 1148.716
        EtsModel fit = Ets.auto().fit(RDatasets.load("USAccDeaths"), 12);
        assertThat(fit.name()).isEqualTo("ETS(A,N,A)");
        assertThat(fit.aicc()).isCloseTo(1148.716, within(0.01));
        assertThat(fit.parameterCount()).isEqualTo(14);
        assertThat(fit.states()).hasNumberOfRows(73);
    }

    @Test
    void airPassengersChoosesMultiplicativeDampedHoltWinters() {
        // R 4.2, forecast 8.20: ets(AirPassengers) is ETS(M,Ad,M), AIC 1395.166, AICc 1400.638, BIC 1448.623
        EtsModel fit = Ets.auto().fit(RDatasets.load("AirPassengers"), 12);
        assertThat(fit.name()).isEqualTo("ETS(M,Ad,M)");
        assertThat(fit.aic()).isCloseTo(1395.166, within(0.01));
        assertThat(fit.aicc()).isCloseTo(1400.638, within(0.01));
        assertThat(fit.bic()).isCloseTo(1448.623, within(0.01));
        assertThat(fit.phi()).isCloseTo(0.98, within(1e-6));
    }

    @Test
    void refitsToShorterWindowsFitAtLeastAsWellAsFreshStarts() {
        double[] air = RDatasets.load("AirPassengers");
        Ets.Refits refits = Ets.auto().refits(air, 12);

        // the first fit starts from R's values, as a plain fit does
        EtsModel whole = refits.fit(air.length);
        assertThat(whole.aicc()).isEqualTo(Ets.auto().fit(air, 12).aicc());
        for (int length : new int[] {132, 120}) {
            EtsModel warm = refits.fit(length);
            EtsModel cold = Ets.auto().fit(java.util.Arrays.copyOf(air, length), 12);
            assertThat(warm.aicc()).as("length %d", length).isLessThan(cold.aicc() + 0.1);
        }
    }

    @Test
    void sesIntervalsGrowWithAlphaSquared() {
        EtsModel ses = new SimpleExponentialSmoothing().fit(RDatasets.load("Nile"), 1);
        Forecast f = ses.forecast(5, 95);
        for (int h = 0; h < 5; h++) {
            assertThat(f.mean()[h]).isEqualTo(ses.lastState()[0]);
            double se = Math.sqrt(ses.sigma2() * (1 + h * ses.alpha() * ses.alpha()));
            assertThat(f.interval(95).upper()[h]).isCloseTo(f.mean()[h] + Z95 * se, within(1e-6));
        }
    }

    @Test
    void analyticVariancesAgreeWithSimulatedPaths() {
        double[] air = RDatasets.load("AirPassengers");
        for (String code : new String[] {"MAM", "MNA", "AAA"}) {
            EtsModel fit = new Ets(code, code.equals("MAM")).fit(air, 12);
            int horizon = 14;
            Forecast f = fit.forecast(horizon, 95);
            double[] simulated = simulatedVariance(fit, horizon, 20000, new Random(42));
            for (int h = 0; h < horizon; h++) {
                double se = (f.interval(95).upper()[h] - f.mean()[h]) / Z95;
                assertThat(Math.sqrt(simulated[h]) / se).as("%s h=%d", code, h + 1).isCloseTo(1.0, within(0.04));
            }
        }
    }

    @Test
    void constantSeriesForecastsTheConstant() {
        double[] flat = new double[30];
        java.util.Arrays.fill(flat, 5);
        Forecast f = Ets.auto().fit(flat, 4).forecast(3, 95);
        for (double v : f.mean()) {
            assertThat(v).isCloseTo(5, within(1e-6));
        }
    }

    @Test
    void rejectsForbiddenAndInvalidModels() {
        assertThatThrownBy(() -> new Ets("ANM", null)).hasMessageContaining("model");
        assertThatThrownBy(() -> new Ets("AMN", null)).hasMessageContaining("model");
        assertThatThrownBy(() -> new Ets("ANN", true)).hasMessageContaining("damped");
        assertThatThrownBy(() -> new Ets("MNN", false).fit(new double[] {1, 2, -3, 4, 5, 6, 7}, 1))
                .hasMessageContaining("y");
        assertThatThrownBy(() -> new Ets("ANA", false).fit(RDatasets.load("Nile"), 1))
                .hasMessageContaining("seasonalPeriod");
    }

    /** Sample variance of simulated future paths from the last state, errors N(0, sigma2). */
    private static double[] simulatedVariance(EtsModel fit, int horizon, int paths, Random random) {
        EtsSpec spec = fit.spec();
        int m = fit.m();
        double sigma = Math.sqrt(fit.sigma2());
        double[] sum = new double[horizon];
        double[] sumSq = new double[horizon];
        int first = spec.hasTrend() ? 2 : 1;
        for (int path = 0; path < paths; path++) {
            double[] x = fit.lastState();
            double l = x[0];
            double b = spec.hasTrend() ? x[1] : 0;
            double[] s = new double[m];
            if (spec.hasSeason()) {
                System.arraycopy(x, first, s, 0, m);
            }
            for (int h = 0; h < horizon; h++) {
                double q = l + fit.phi() * b;
                double old = spec.hasSeason() ? s[m - 1] : 0;
                boolean multSeason = spec.season() == EtsComponent.MULTIPLICATIVE;
                double mu = !spec.hasSeason() ? q : multSeason ? q * old : q + old;
                double e = sigma * random.nextGaussian();
                double y = spec.error() == EtsComponent.MULTIPLICATIVE ? mu * (1 + e) : mu + e;
                double p = !spec.hasSeason() ? y : multSeason ? y / old : y - old;
                double newL = q + fit.alpha() * (p - q);
                if (spec.hasTrend()) {
                    double phib = fit.phi() * b;
                    b = phib + fit.beta() / fit.alpha() * (newL - l - phib);
                }
                l = newL;
                if (spec.hasSeason()) {
                    double t = multSeason ? y / q : y - q;
                    System.arraycopy(s, 0, s, 1, m - 1);
                    s[0] = old + fit.gamma() * (t - old);
                }
                sum[h] += y;
                sumSq[h] += y * y;
            }
        }
        double[] variance = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            double mean = sum[h] / paths;
            variance[h] = sumSq[h] / paths - mean * mean;
        }
        return variance;
    }
}
