package io.shopmind.pricing.benchmark;

import io.shopmind.pricing.elasticity.ElasticityEstimate;
import io.shopmind.pricing.elasticity.ElasticityEstimator;
import io.shopmind.pricing.elasticity.ElasticitySource;
import io.shopmind.pricing.elasticity.SyntheticSales;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Elasticity recovery on generated sales with known elasticities ({@link SyntheticSales}: two categories with mean
 * elasticities -1.5 and -2.5, SKUs drawn around them with sd 0.4, Poisson sales with a day effect): the 95 %
 * interval's coverage of the true elasticity, and the error of the served (shrunk) estimate beside per-SKU OLS alone,
 * for SKUs with a year of moving prices and for sparse SKUs (eight weeks, prices moving 2-3 % once or twice).
 * Writes every estimate to {@code target/elasticity-recovery.csv} (sku,true,own,served,lower,upper,source).
 * Run: {@code java -cp <test classpath> io.shopmind.pricing.benchmark.ElasticityRecoveryBenchmark [seeds]}
 * (default 40).
 */
public final class ElasticityRecoveryBenchmark {

    private ElasticityRecoveryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        ElasticityEstimator estimator = new ElasticityEstimator(ElasticityEstimator.Settings.defaults());
        Stats rich = new Stats();
        Stats sparse = new Stats();
        Path out = Path.of("target", "elasticity-recovery.csv");
        Files.createDirectories(out.getParent());
        long started = System.nanoTime();
        int skus = 0;
        try (PrintWriter csv = new PrintWriter(Files.newBufferedWriter(out))) {
            csv.println("seed,sku,true,own,served,lower,upper,source");
            for (int seed = 0; seed < seeds; seed++) {
                List<SyntheticSales.Truth> truth = SyntheticSales.categories(seed, new double[] {-1.5, -2.5}, 8, 8, 20);
                List<io.shopmind.pricing.elasticity.SkuSales> sales = new ArrayList<>();
                truth.forEach(t -> sales.add(t.sales()));
                List<ElasticityEstimate> estimates = estimator.estimate(sales);
                for (int i = 0; i < truth.size(); i++) {
                    SyntheticSales.Truth t = truth.get(i);
                    ElasticityEstimate e = estimates.get(i);
                    (t.sparse() ? sparse : rich).add(t.elasticity(), e);
                    csv.printf(Locale.ROOT, "%d,%s,%.4f,%s,%s,%s,%s,%s%n", seed, e.sku(), t.elasticity(),
                            text(e.ownElasticity()), text(e.elasticity()), text(e.lower()), text(e.upper()), e.source());
                    skus++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "Elasticity recovery, %d seeds, %d SKUs, %.1f s (raw estimates in %s)%n", seeds,
                skus, (System.nanoTime() - started) / 1e9, out);
        System.out.printf(Locale.ROOT, "%-8s %6s %10s %10s %12s %12s %10s%n", "SKUs", "n", "coverage", "no est.",
                "RMSE own", "RMSE served", "own fits");
        rich.print("rich");
        sparse.print("sparse");
    }

    private static String text(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.4f", value);
    }

    private static final class Stats {
        int n;
        int covered;
        int withInterval;
        int none;
        double ownSquares;
        int own;
        double servedSquares;
        int served;

        void add(double truth, ElasticityEstimate e) {
            n++;
            if (e.source() == ElasticitySource.NONE) {
                none++;
                return;
            }
            withInterval++;
            if (e.lower() <= truth && truth <= e.upper()) {
                covered++;
            }
            servedSquares += (e.elasticity() - truth) * (e.elasticity() - truth);
            served++;
            if (e.ownElasticity() != null) {
                ownSquares += (e.ownElasticity() - truth) * (e.ownElasticity() - truth);
                own++;
            }
        }

        void print(String label) {
            System.out.printf(Locale.ROOT, "%-8s %6d %9.1f%% %10d %12.3f %12.3f %10d%n", label, n,
                    100.0 * covered / Math.max(1, withInterval), none, Math.sqrt(ownSquares / Math.max(1, own)),
                    Math.sqrt(servedSquares / Math.max(1, served)), own);
        }
    }
}
