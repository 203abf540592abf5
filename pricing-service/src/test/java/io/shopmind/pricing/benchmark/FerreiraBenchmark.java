package io.shopmind.pricing.benchmark;

import io.shopmind.pricing.bandit.DemandPosterior;
import io.shopmind.pricing.bandit.FixedPrice;
import io.shopmind.pricing.bandit.InventoryThompsonSampling;
import io.shopmind.pricing.bandit.PricingPolicy;
import io.shopmind.pricing.bandit.PricingSimulation;
import io.shopmind.pricing.bandit.ThompsonSampling;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * Ferreira, Simchi-Levi &amp; Wang (2018), &sect;5.1, the single-product case: prices {29.9, 34.9, 39.9, 44.9},
 * purchase probabilities {0.8, 0.6, 0.3, 0.1}, stock &alpha;T, one customer a period. Prints each policy's revenue
 * as a percentage of the LP oracle's (10.1 a period at &alpha; = 0.25, 17.95 at 0.5) with a 95 % interval over the
 * seeds, at T = 10,000, and the mean regret (oracle &minus; revenue) at T = 10&sup2;, 10&sup3;, 10&#8308;.
 * Run: {@code java -cp <test classpath> io.shopmind.pricing.benchmark.FerreiraBenchmark [seeds]} (default 100).
 */
public final class FerreiraBenchmark {

    private static final double[] PRICES = {29.9, 34.9, 39.9, 44.9};
    private static final double[] THETA = {0.8, 0.6, 0.3, 0.1};

    private FerreiraBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            System.out.printf(Locale.ROOT, "Ferreira et al. (2018) single product, %d seeds%n", seeds);
            for (double alpha : new double[] {0.25, 0.5}) {
                double oracle = InventoryThompsonSampling.oracleRevenuePerPeriod(PRICES, THETA, alpha);
                System.out.printf(Locale.ROOT, "%nalpha = %.2f, LP oracle %.2f per period%n", alpha, oracle);
                System.out.printf(Locale.ROOT, "%-22s %12s %18s %14s %14s %14s%n", "policy", "% of oracle",
                        "95 % interval", "regret T=1e2", "regret T=1e3", "regret T=1e4");
                for (String policy : List.of("TS (plain)", "TS-fixed", "TS-update", "fixed best price")) {
                    double[] regret = new double[3];
                    double[] shares = null;
                    for (int e = 0; e < 3; e++) {
                        int horizon = (int) Math.pow(10, e + 2);
                        double[] revenue = run(pool, policy, alpha, horizon, seeds);
                        double mean = IntStream.range(0, seeds).mapToDouble(i -> revenue[i]).average().orElseThrow();
                        regret[e] = oracle * horizon - mean;
                        if (horizon == 10_000) {
                            shares = new double[seeds];
                            for (int i = 0; i < seeds; i++) {
                                shares[i] = 100 * revenue[i] / (oracle * horizon);
                            }
                        }
                    }
                    double mean = mean(shares);
                    double half = 1.96 * sd(shares, mean) / Math.sqrt(seeds);
                    System.out.printf(Locale.ROOT, "%-22s %11.2f%% %8.2f%% - %6.2f%% %14.1f %14.1f %14.1f%n", policy,
                            mean, mean - half, mean + half, regret[0], regret[1], regret[2]);
                }
            }
            System.out.println("\nregret grows like sqrt(T) when it rises about 3.2x per decade of T");
        } finally {
            pool.shutdown();
        }
    }

    private static double[] run(ExecutorService pool, String policy, double alpha, int horizon, int seeds)
            throws Exception {
        double inventory = alpha * horizon;
        Supplier<PricingPolicy> make = switch (policy) {
            case "TS (plain)" -> ThompsonSampling::new;
            case "TS-fixed" -> () -> new InventoryThompsonSampling(InventoryThompsonSampling.Variant.FIXED,
                    inventory, horizon);
            case "TS-update" -> () -> new InventoryThompsonSampling(InventoryThompsonSampling.Variant.UPDATE,
                    inventory, horizon);
            default -> () -> FixedPrice.best(PRICES, THETA, horizon, inventory);
        };
        Future<?>[] futures = new Future<?>[seeds];
        double[] revenue = new double[seeds];
        for (int s = 0; s < seeds; s++) {
            int seed = s;
            futures[s] = pool.submit(() -> revenue[seed] = PricingSimulation.revenue(make.get(),
                    new DemandPosterior.Bernoulli(PRICES.length), PRICES, THETA, horizon, inventory,
                    new MersenneTwister(1_000L * seed + horizon)));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        return revenue;
    }

    private static double mean(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum / x.length;
    }

    private static double sd(double[] x, double mean) {
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        return Math.sqrt(ss / Math.max(1, x.length - 1));
    }
}
