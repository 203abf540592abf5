package io.shopmind.forecast.arima;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.shopmind.forecast.model.FittedModel;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RegressionWithArimaErrorsTest {

    @Test
    void aHistoryFillsMissingPricesFromTheLastKnownAndUnknownPromotionsWithNone() {
        double nan = Double.NaN;
        Regressors regressors = RegressionWithArimaErrors.fromHistory(new double[] {nan, 10, nan, 8, nan},
                new double[] {nan, 1, 0, nan, 1});
        assertThat(regressors.names()).containsExactly("promo", "price");
        assertThat(regressors.column(0)).containsExactly(0, 1, 0, 0, 1);
        assertThat(regressors.column(1)).containsExactly(10, 10, 10, 8, 8);
        assertThat(RegressionWithArimaErrors.fromHistory(new double[] {nan, nan}, new double[] {nan, nan}).count())
                .isZero();
    }

    /** As R's auto.arima(y, xreg = promo): the fitted effect is the lift, and the forecast leaves it out. */
    @Test
    void estimatesThePromotionLiftAndForecastsTheBaselineWithTheLastPriceHeld() {
        Random random = new Random(3);
        int n = 120;
        double[] y = new double[n];
        double[] promo = new double[n];
        double[] price = new double[n];
        for (int t = 0; t < n; t++) {
            promo[t] = t % 10 == 3 ? 1 : 0;
            price[t] = promo[t] == 1 ? 7.99 : 9.99;
            y[t] = 50 + 20 * promo[t] + random.nextGaussian();
        }
        FittedModel fitted = new RegressionWithArimaErrors().fit(y, 1, RegressionWithArimaErrors.fromHistory(price, promo));

        var model = ((RegressionWithArimaErrors.Fitted) fitted).model();
        // the price is cut exactly on promotion days: it says nothing the flag does not, so it is left out
        assertThat(model.regressorNames()).containsExactly("promo");
        assertThat(model.coefficient("promo")).isCloseTo(20, within(1.0));
        // no promotion ahead: the baseline
        assertThat(fitted.forecast(5).mean()[4]).isCloseTo(50, within(1.5));
        assertThat(new RegressionWithArimaErrors().fit(y, 1, Regressors.NONE).name()).doesNotContain("Regression");
    }
}
