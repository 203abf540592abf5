package io.shopmind.forecast.leadtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.shopmind.forecast.arima.Arima;
import io.shopmind.forecast.arima.ArimaModel;
import io.shopmind.forecast.arima.ArimaOrder;
import io.shopmind.forecast.baseline.Naive;
import io.shopmind.forecast.ets.Ets;
import io.shopmind.forecast.model.FittedModel;
import io.shopmind.forecast.model.Forecast;
import io.shopmind.forecast.selection.Combination;
import io.shopmind.forecast.selection.CombinedModel;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CumulativeDemandTest {

    private static final int P95 = index(0.95);

    @Test
    void randomWalkSumHasTheTextbookVariance() {
        // Var(sum of the first L errors of a random walk) = sigma^2 L(L+1)(2L+1)/6
        double[] y = walk(400, 5);
        FittedModel naive = new Naive().fit(y, 1);
        double sigma2 = naiveSigma2(y);
        CumulativeDemand demand = CumulativeDemand.of(naive, 10);
        assertThat(demand.method()).isEqualTo(CumulativeDemand.INNOVATIONS);
        for (int l = 1; l <= 10; l++) {
            double sd = Math.sqrt(sigma2 * l * (l + 1) * (2 * l + 1) / 6.0);
            assertThat(demand.quantiles()[l - 1][P95]).isCloseTo(l * y[y.length - 1] + 1.6448536 * sd, within(1e-6 * sd));
        }
    }

    @Test
    void arimaWeightsReproduceTheKalmanForecastVariances() {
        double[] y = walk(300, 9);
        for (int t = 2; t < y.length; t++) {
            y[t] += 0.6 * (y[t - 1] - y[t - 2]); // an AR(1) in the differences: ARIMA(1,1,1) fits with psi > 1
        }
        ArimaModel model = Arima.of(ArimaOrder.of(1, 1, 1)).fit(y, 1);
        Forecast forecast = model.forecast(12, 95);
        double[] stepVariance = InnovationWeights.ofArima(model, 12).stepVariances();
        for (int h = 0; h < 12; h++) {
            double sd = (forecast.interval(95).upper()[h] - forecast.interval(95).lower()[h]) / (2 * 1.959964);
            assertThat(Math.sqrt(stepVariance[h])).isCloseTo(sd, within(1e-4 * sd));
        }
        assertThat(CumulativeDemand.of(model, 12).method()).isEqualTo(CumulativeDemand.EXACT);
    }

    @Test
    void arimaPsiWeightsMatchR() {
        // stats::ARMAtoMA(ar = c(1.5, -0.5), ma = 0.3, lag.max = 4) for ARIMA(1,1,1) with phi = 0.5, theta = 0.3:
        // 1.8 2.2 2.4 2.5 (the integrated AR polynomial (1 - 0.5B)(1 - B) = 1 - 1.5B + 0.5B^2)
        double[] psi = InnovationWeights.ofArima(arimaWith(new double[] {0.5}, new double[] {0.3}, new double[] {1}), 5)
                .psi();
        assertThat(psi).containsExactly(new double[] {1, 1.8, 2.2, 2.4, 2.5}, within(1e-12));
    }

    @Test
    void combinationTakesTheMembersMedianPerProbability() {
        double[] y = walk(200, 3);
        FittedModel naive = new Naive().fit(y, 1);
        FittedModel ets = new Ets("ANN", false).fit(y, 1);
        FittedModel drift = Arima.of(ArimaOrder.of(0, 1, 0)).includeDrift(true).fit(y, 1);
        CumulativeDemand combined = CumulativeDemand.of(new CombinedModel(Combination.MEDIAN, List.of(naive, ets, drift)), 7);
        double[] members = {CumulativeDemand.of(naive, 7).quantiles()[6][P95],
            CumulativeDemand.of(ets, 7).quantiles()[6][P95], CumulativeDemand.of(drift, 7).quantiles()[6][P95]};
        java.util.Arrays.sort(members);
        assertThat(combined.method()).isEqualTo(CumulativeDemand.COMBINED);
        assertThat(combined.quantiles()[6][P95]).isEqualTo(members[1]);
    }

    @Test
    void aRandomLeadTimeWidensTheDistributionAsTheCompoundFormulaSays() {
        // i.i.d. demand N(100, 10^2) per period, lead time N(5, 1^2): mean 500, variance 5*100 + 100^2*1 = 10500
        double[] mean = new double[20];
        double[][] q = new double[20][CumulativeDemand.PROBABILITIES.length];
        for (int h = 0; h < 20; h++) {
            mean[h] = 100 * (h + 1);
            for (int k = 0; k < q[h].length; k++) {
                q[h][k] = mean[h] + CumulativeDemand.SCORES[k] * 10 * Math.sqrt(h + 1);
            }
        }
        LeadTimeDistribution d = new CumulativeDemand("test", mean, q).overLeadTime(5, 1);
        assertThat(d.mean()).isCloseTo(500, within(0.5));
        double sd = Math.sqrt(10500);
        // the mixture is close to normal here; its quartiles and median sit where the normal's do
        assertThat(d.quantile(0.5)).isCloseTo(500, within(0.02 * sd));
        assertThat(d.quantile(0.75) - d.quantile(0.25)).isCloseTo(2 * 0.6744898 * sd, within(0.03 * sd));
        assertThat(d.extrapolated()).isFalse();
        assertThat(new CumulativeDemand("test", mean, q).overLeadTime(25, 0).extrapolated()).isTrue();
    }

    @Test
    void cycleServiceLevelMeetsTheTargetWhereIndependentStepsFallShort() {
        var simulation = new CycleServiceSimulation(0.5, 10, 120, 7);
        int n = 2000;
        var after = simulation.run(simulation.knownModel(), CycleServiceSimulation.Method.CUMULATIVE_DISTRIBUTION, 0.95,
                n, 16);
        var before = simulation.run(simulation.knownModel(), CycleServiceSimulation.Method.INDEPENDENT_STEPS, 0.95, n,
                16);
        // within 3.5 binomial standard errors of the target (a 1 in 2,000 chance of failing by sampling alone)
        double tolerance = 3.5 * after.standardError();
        assertThat(after.achieved()).isCloseTo(0.95, within(tolerance));
        assertThat(before.achieved()).isLessThan(0.95 - tolerance);
    }

    @Test
    void aFittedModelComesCloseToTheTargetWhereIndependentStepsFallFarShort() {
        // ETS(A,N,N) fitted to 120 observations: its estimated smoothing weight and level cost about a point of service
        // (LeadTimeServiceLevelBenchmark: 0.939 for 0.95 over 4,000 replications), independent steps some sixteen
        var simulation = new CycleServiceSimulation(0.5, 10, 120, 7);
        int n = 600;
        var after = simulation.run(new Ets("ANN", false), CycleServiceSimulation.Method.CUMULATIVE_DISTRIBUTION, 0.95,
                n, 16);
        var before = simulation.run(new Ets("ANN", false), CycleServiceSimulation.Method.INDEPENDENT_STEPS, 0.95, n, 16);
        double tolerance = 3.5 * after.standardError();
        assertThat(after.achieved()).isCloseTo(0.94, within(tolerance));
        assertThat(before.achieved()).isCloseTo(0.79, within(3.5 * Math.sqrt(0.79 * 0.21 / n)));
    }

    private static ArimaModel arimaWith(double[] phi, double[] theta, double[] delta) {
        return new ArimaModel(ArimaOrder.of(phi.length, delta.length, theta.length), 1, List.of(), new double[0],
                new double[0][0], 1, 1, 0, 0, 0, 0, 0, new double[0],
                new ArimaModel.KalmanState(phi, theta, delta, new double[0], new double[0]), 0, List.of());
    }

    private static double[] walk(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] y = new double[n];
        y[0] = 500;
        for (int t = 1; t < n; t++) {
            y[t] = y[t - 1] + 10 * (random.nextDouble() - 0.5) * Math.sqrt(12);
        }
        return y;
    }

    private static double naiveSigma2(double[] y) {
        double sum = 0;
        for (int t = 1; t < y.length; t++) {
            sum += (y[t] - y[t - 1]) * (y[t] - y[t - 1]);
        }
        return sum / (y.length - 1);
    }

    private static int index(double p) {
        for (int k = 0; k < CumulativeDemand.PROBABILITIES.length; k++) {
            if (CumulativeDemand.PROBABILITIES[k] == p) {
                return k;
            }
        }
        throw new IllegalArgumentException();
    }
}
