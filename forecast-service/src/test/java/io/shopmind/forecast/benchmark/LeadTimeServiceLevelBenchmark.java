package io.shopmind.forecast.benchmark;

import io.shopmind.forecast.arima.Regressors;
import io.shopmind.forecast.ets.Ets;
import io.shopmind.forecast.leadtime.CycleServiceSimulation;
import io.shopmind.forecast.model.Forecaster;
import io.shopmind.forecast.selection.ModelSelector;
import io.shopmind.forecast.selection.SelectionSettings;
import java.util.List;
import java.util.Locale;

/**
 * The cycle service level reorder points achieve on demand with known dynamics (a local level, whose forecast
 * errors are correlated across the lead time): set from the model's cumulative demand distribution, as
 * inventory-service now plans, and from per-period standard deviations summed as if independent, as it did. Prints
 * target, achieved and its 95 % binomial interval, and the mean reorder point, for ETS(A,N,N), for the process
 * itself as the model (no estimation error: the method alone), for ETS on a four times longer history, and for the
 * default selection (the median ensemble the service's runs use).
 *
 * <p>Run after {@code test-compile} with the test classpath:
 * {@code java -cp "$(cat cp.txt):forecast-service/target/classes:forecast-service/target/test-classes"
 * io.shopmind.forecast.benchmark.LeadTimeServiceLevelBenchmark [replications] [ensemble replications]}.
 */
public final class LeadTimeServiceLevelBenchmark {

    private LeadTimeServiceLevelBenchmark() {
    }

    public static void main(String[] args) {
        int replications = args.length > 0 ? Integer.parseInt(args[0]) : 4000;
        int ensembleReplications = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        System.out.printf(Locale.ROOT, "local level, alpha 0.5, sigma 10, 120 daily observations; %d replications "
                + "(ETS), %d (default selection)%n", replications, ensembleReplications);
        System.out.printf(Locale.ROOT, "%-18s %4s %6s  %-24s %8s  %-17s %9s %7s%n", "model", "L", "target", "method",
                "achieved", "95 % interval", "mean r", "seconds");
        Forecaster ets = new Ets("ANN", false);
        for (int leadTime : new int[] {7, 14}) {
            CycleServiceSimulation simulation = new CycleServiceSimulation(0.5, 10, 120, leadTime);
            for (double target : new double[] {0.9, 0.95, 0.99}) {
                print("ETS(A,N,N)", simulation, ets, target, replications, leadTime);
            }
        }
        CycleServiceSimulation known = new CycleServiceSimulation(0.5, 10, 120, 7);
        print("known model", known, known.knownModel(), 0.95, replications, 7);
        print("ETS, 480 obs.", new CycleServiceSimulation(0.5, 10, 480, 7), ets, 0.95, replications, 7);
        if (ensembleReplications == 0) {
            return;
        }
        ModelSelector selector = new ModelSelector(SelectionSettings.defaults(7));
        Forecaster selected = (y, m) -> selector.choose(selector.backtest(y, m, Regressors.NONE, List.of())).model();
        print("default selection", new CycleServiceSimulation(0.5, 10, 120, 7), selected, 0.95, ensembleReplications, 7);
    }

    private static void print(String model, CycleServiceSimulation simulation, Forecaster forecaster, double target,
            int replications, int leadTime) {
        for (CycleServiceSimulation.Method method : CycleServiceSimulation.Method.values()) {
            long start = System.nanoTime();
            CycleServiceSimulation.Result r = simulation.run(forecaster, method, target, replications, 16);
            double half = 1.96 * Math.sqrt(r.achieved() * (1 - r.achieved()) / replications);
            System.out.printf(Locale.ROOT, "%-18s %4d %6.3f  %-24s %8.4f  [%.4f, %.4f] %9.1f %7.1f%n", model, leadTime,
                    target, method.name().toLowerCase(Locale.ROOT), r.achieved(), r.achieved() - half,
                    r.achieved() + half, r.meanReorderPoint(), (System.nanoTime() - start) / 1e9);
        }
    }
}
