package io.shopmind.recommendation.benchmark;

import io.shopmind.recommendation.algorithm.AlgorithmSpec;
import io.shopmind.recommendation.algorithm.Algorithms;
import io.shopmind.recommendation.association.CoPurchase;
import io.shopmind.recommendation.evaluation.PlantedInteractions;
import io.shopmind.recommendation.evaluation.RankingEvaluator;
import io.shopmind.recommendation.evaluation.RankingMetrics;
import io.shopmind.recommendation.evaluation.Split;
import io.shopmind.recommendation.interaction.IdIndex;
import io.shopmind.recommendation.interaction.InteractionMatrix;
import io.shopmind.recommendation.model.ServedModel;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * EASE at catalogue sizes dense EASE cannot reach: dense EASE beside SANSA (its sparse approximate inverse) on
 * planted shop-shaped data of growing size, each trained and served through the registry as the service does.
 * Prints per size and model the training time, the peak Java heap while training, and nDCG@10, recall@10 and
 * hit rate@10 of the served model on a 75/25 per-shopper holdout (at most 5,000 shoppers ranked, every item scored),
 * then dense EASE's time extrapolated by n³ from its largest run. Data: {@code items} items, {@code 2 × items}
 * shoppers with at least 5 and on average 30 interactions, {@code items / 50} topics.
 *
 * <p>Run: {@code java -Xmx20g -cp <test classpath> ...EaseScaleBenchmark [items,...] [largest dense size]
 * [entriesPerItem]}; defaults {@code 2000,5000,10000,20000,50000,100000}, {@code 5000}, {@code 100}.
 */
public final class EaseScaleBenchmark {

    private static final int RANKED_SHOPPERS = 5_000;

    private EaseScaleBenchmark() {
    }

    public static void main(String[] args) {
        int[] sizes = Arrays.stream((args.length > 0 ? args[0] : "2000,5000,10000,20000,50000,100000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int denseLimit = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        int entries = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        int cores = Runtime.getRuntime().availableProcessors();
        Algorithms algorithms = new Algorithms(new Algorithms.Settings(7, CoPurchase.Config.defaults(), cores));
        System.out.printf(Locale.ROOT, "EASE at scale on %d cores, SANSA with %d entries per item%n", cores, entries);
        System.out.printf(Locale.ROOT, "%8s %8s %10s  %-44s %9s %10s %8s %8s %8s%n", "items", "shoppers", "cells",
                "model", "fit s", "peak MB", "nDCG@10", "R@10", "HR@10");
        double largestDense = 0;
        int largestDenseItems = 0;
        for (int n : sizes) {
            PlantedInteractions shape = new PlantedInteractions(2 * n, n, Math.max(2, n / 50), 5, 30, 1.0, n);
            Split split = Split.stratified(shape.generate().binarized().toMatrix(), 0.75, 42);
            InteractionMatrix test = rankedShoppers(split.test(), RANKED_SHOPPERS);
            List<String> models = new ArrayList<>(List.of("pop", "sansa(entriesPerItem=" + entries + ")"));
            if (n <= denseLimit) {
                models.add("ease");
            }
            for (String model : models) {
                Run run = run(algorithms, AlgorithmSpec.parse(model), split.train(), test);
                RankingMetrics m = run.metrics();
                System.out.printf(Locale.ROOT, "%8d %8d %10d  %-44s %9.1f %10.0f %8.4f %8.4f %8.4f%n", n,
                        split.train().userCount(), split.train().nonZeroCount(), run.label(), run.seconds(),
                        run.peakMegabytes(), m.ndcg(), m.recall(), m.hitRate());
                if (model.equals("ease") && n > largestDenseItems) {
                    largestDenseItems = n;
                    largestDense = run.seconds();
                }
            }
        }
        if (largestDenseItems > 0) {
            for (int n : new int[] {20_000, 50_000, 100_000}) {
                double scale = Math.pow((double) n / largestDenseItems, 3);
                System.out.printf(Locale.ROOT, "dense EASE at %,d items by n³ from %,d: about %.0f min and %.1f GB for"
                        + " the item × item matrices%n", n, largestDenseItems, largestDense * scale / 60,
                        2.0 * n * n * 8 / 1e9);
            }
        }
    }

    private record Run(String label, double seconds, double peakMegabytes, RankingMetrics metrics) {
    }

    private static Run run(Algorithms algorithms, AlgorithmSpec spec, InteractionMatrix train, InteractionMatrix test) {
        InteractionMatrix noBaskets = InteractionMatrix.of(IdIndex.of(), train.items(), new int[0], new int[0],
                new float[0], new long[0]);
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        long before = heap.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        ServedModel model = algorithms.train(spec, train, noBaskets, Algorithms.Progress.none());
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        int[][] lists = RankingEvaluator.recommendAll(model.scorer(), train, test, null, 10, 200,
                algorithms.settings().threads());
        RankingMetrics metrics = RankingEvaluator.metrics(lists, train, test, 10);
        String label = model.parameters().isEmpty() ? model.algorithm()
                : model.algorithm() + "(" + model.parameters() + ")";
        return new Run(label, seconds, (peak - before) / 1e6, metrics);
    }

    /** The test cells of at most {@code count} shoppers, drawn with a fixed seed; the others are not ranked. */
    private static InteractionMatrix rankedShoppers(InteractionMatrix test, int count) {
        int users = test.userCount();
        boolean[] keep = new boolean[users];
        int[] order = new int[users];
        for (int u = 0; u < users; u++) {
            order[u] = u;
        }
        SplittableRandom random = new SplittableRandom(1);
        for (int i = users - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        for (int c = 0; c < Math.min(count, users); c++) {
            keep[order[c]] = true;
        }
        int cells = 0;
        for (int u = 0; u < users; u++) {
            cells += keep[u] ? test.rowLength(u) : 0;
        }
        int[] rows = new int[cells];
        int[] columns = new int[cells];
        float[] values = new float[cells];
        long[] times = new long[cells];
        int c = 0;
        for (int u = 0; u < users; u++) {
            if (!keep[u]) {
                continue;
            }
            for (int p = test.rowStart(u); p < test.rowEnd(u); p++) {
                rows[c] = u;
                columns[c] = test.itemAt(p);
                values[c] = test.valueAt(p);
                times[c++] = test.timestampAt(p);
            }
        }
        return InteractionMatrix.of(test.users(), test.items(), rows, columns, values, times);
    }
}
