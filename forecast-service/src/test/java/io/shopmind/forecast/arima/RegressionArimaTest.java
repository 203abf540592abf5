package io.shopmind.forecast.arima;

import io.shopmind.forecast.RDatasets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.shopmind.forecast.model.Forecast;
import java.util.List;
import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Regression with ARIMA errors; reference values printed by R 4.2.2, forecast 8.20. */
class RegressionArimaTest {

    private static Offset<Double> relative(double expected) {
        return within(Math.abs(expected) * 1e-3);
    }

    /** LakeHuron's years minus 1920, as in R's ?arima example. */
    private static Regressors trend(int from, int to) {
        double[] t = new double[to - from + 1];
        for (int i = 0; i < t.length; i++) {
            t[i] = from + i - 1920;
        }
        return Regressors.of("xreg", t);
    }

    @Test
    void lakeHuronWithLinearTrendMatchesR() {
        // Arima(LakeHuron, order = c(2,0,0), xreg = time(LakeHuron) - 1920)
        double[] y = RDatasets.load("LakeHuron");
        ArimaModel fit = Arima.of(ArimaOrder.of(2, 0, 0)).regressors(trend(1875, 1972)).fit(y, 1);

        assertThat(fit.name()).isEqualTo("Regression with ARIMA(2,0,0) errors");
        assertThat(fit.coefficientNames()).containsExactly("ar1", "ar2", "intercept", "xreg");
        assertThat(fit.coefficient("ar1")).isCloseTo(1.00480374416, relative(1.00480374416));
        assertThat(fit.coefficient("ar2")).isCloseTo(-0.29131982223, relative(-0.29131982223));
        assertThat(fit.coefficient("intercept")).isCloseTo(579.09934482081, relative(579.09934482081));
        assertThat(fit.coefficient("xreg")).isCloseTo(-0.02156882822, relative(-0.02156882822));
        // standard errors: 0.0976, 0.1004, 0.2370, 0.00810
        double[] se = {0.097611185410, 0.100365174253, 0.236998811984, 0.008098811037};
        for (int i = 0; i < se.length; i++) {
            assertThat(Math.sqrt(fit.covariance()[i][i])).isCloseTo(se[i], within(se[i] * 1e-2));
        }
        assertThat(fit.sigma2()).isCloseTo(0.4760492238, relative(0.4760492238));
        assertThat(fit.logLikelihood()).isCloseTo(-101.1982673, within(0.01));
        assertThat(fit.aicc()).isCloseTo(213.0487086, within(0.01));
        assertThat(fit.bic()).isCloseTo(225.321372, within(0.01));

        // forecast(fit, xreg = 1973:1977 - 1920, level = 95)
        Forecast fc = fit.forecast(5, trend(1973, 1977), 95);
        double[] mean = {579.3971650, 578.8050541, 578.3678840, 578.0949277, 577.9418367};
        double[] lower = {578.0448620, 576.8880098, 576.2187852, 575.8688882, 575.6956727};
        double[] upper = {580.7494680, 580.7220983, 580.5169828, 580.3209672, 580.1880007};
        for (int h = 0; h < 5; h++) {
            assertThat(fc.mean()[h]).isCloseTo(mean[h], within(1e-3));
            assertThat(fc.interval(95).lower()[h]).isCloseTo(lower[h], within(1e-3));
            assertThat(fc.interval(95).upper()[h]).isCloseTo(upper[h], within(1e-3));
        }
    }

    @Test
    void autoArimaWithRegressorMatchesR() {
        // auto.arima(LakeHuron, xreg = time(LakeHuron) - 1920)
        double[] y = RDatasets.load("LakeHuron");
        ArimaModel fit = new AutoArima().regressors(trend(1875, 1972)).fit(y, 1);

        assertThat(fit.name()).isEqualTo("Regression with ARIMA(1,0,1) errors");
        assertThat(fit.coefficient("ar1")).isCloseTo(0.6526379423, relative(0.6526379423));
        assertThat(fit.coefficient("ma1")).isCloseTo(0.3566308658, relative(0.3566308658));
        assertThat(fit.coefficient("intercept")).isCloseTo(579.1113150458, relative(579.1113150458));
        assertThat(fit.coefficient("xreg")).isCloseTo(-0.0211057116, relative(-0.0211057116));
        assertThat(fit.aicc()).isCloseTo(213.0475541, within(0.01));
        double[] mean = fit.forecast(3, trend(1973, 1975)).mean();
        assertThat(mean).containsExactly(new double[] {579.3790161, 578.8763611, 578.5409780}, within(1e-3));
    }

    @Test
    void recoversThePriceAndPromotionEffectsOnDemand() {
        // demand_t = 200 - 8 price_t + 35 promo_t + eta_t, eta an ARMA(1,1) with phi 0.6, theta 0.3, sigma 5
        int n = 400;
        SplittableRandom random = new SplittableRandom(7);
        double[] price = new double[n + 14];
        double[] promo = new double[n + 14];
        for (int t = 0; t < price.length; t++) {
            price[t] = 8 + 4 * random.nextDouble();
            promo[t] = random.nextDouble() < 0.2 ? 1 : 0;
        }
        double[] demand = new double[n];
        double eta = 0;
        double previousShock = 0;
        for (int t = -100; t < n; t++) {
            double shock = 5 * gaussian(random);
            eta = 0.6 * eta + shock + 0.3 * previousShock;
            previousShock = shock;
            if (t >= 0) {
                demand[t] = 200 - 8 * price[t] + 35 * promo[t] + eta;
            }
        }
        Regressors history = new Regressors(List.of("price", "promo"),
                new double[][] {java.util.Arrays.copyOf(price, n), java.util.Arrays.copyOf(promo, n)});

        ArimaModel fit = Arima.of(ArimaOrder.of(1, 0, 1)).regressors(history).fit(demand, 1);
        assertThat(fit.coefficientNames()).containsExactly("ar1", "ma1", "intercept", "price", "promo");
        assertWithinFourStandardErrors(fit, "price", -8);
        assertWithinFourStandardErrors(fit, "promo", 35);
        assertThat(fit.coefficient("ar1")).isCloseTo(0.6, within(0.15));

        ArimaModel auto = new AutoArima().regressors(history).fit(demand, 1);
        assertWithinFourStandardErrors(auto, "price", -8);
        assertWithinFourStandardErrors(auto, "promo", 35);

        // Two weeks ahead at a fixed price: a promotion day is forecast higher by the promotion effect
        double[] futurePrice = new double[14];
        double[] futurePromo = new double[14];
        java.util.Arrays.fill(futurePrice, 10);
        futurePromo[13] = 1;
        Forecast fc = fit.forecast(14, new Regressors(List.of("price", "promo"),
                new double[][] {futurePrice, futurePromo}), 95);
        assertThat(fc.mean()[13] - fc.mean()[12]).isCloseTo(fit.coefficient("promo"), within(0.5));
        assertThatThrownBy(() -> fit.forecast(14)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertWithinFourStandardErrors(ArimaModel fit, String name, double truth) {
        int i = fit.coefficientNames().indexOf(name);
        double se = Math.sqrt(fit.covariance()[i][i]);
        assertThat(se).isPositive();
        assertThat(fit.coefficient(name)).isCloseTo(truth, within(4 * se));
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
