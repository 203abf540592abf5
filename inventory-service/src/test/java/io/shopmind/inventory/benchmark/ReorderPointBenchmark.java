package io.shopmind.inventory.benchmark;

import io.shopmind.inventory.forecastclient.DemandForecasts;
import io.shopmind.inventory.replenishment.ForecastDemand;
import io.shopmind.inventory.replenishment.ProjectedOrders;
import io.shopmind.inventory.replenishment.ReorderPolicy;
import io.shopmind.model.forecast.ForecastPoint;
import io.shopmind.model.forecast.Interval;
import io.shopmind.model.forecast.SeriesForecast;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Reorder points, order quantities and the 8-week (s, S) projection for 100,000 SKUs, each from a 90-day forecast
 * with 80 % and 95 % intervals, as a planning run computes them once the forecasts are in. Goal: under 5 s on 2
 * cores. Run: {@code java -cp <test classpath> io.shopmind.inventory.benchmark.ReorderPointBenchmark [skus]}.
 */
public final class ReorderPointBenchmark {

    private ReorderPointBenchmark() {
    }

    public static void main(String[] args) {
        int skus = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        SplittableRandom random = new SplittableRandom(42);
        // a thousand distinct forecasts shared round-robin; every SKU still converts its forecast itself
        List<SeriesForecast> forecasts = new ArrayList<>();
        for (int f = 0; f < 1000; f++) {
            forecasts.add(forecast(random, 90));
        }
        ReorderPolicy.Sku[] params = new ReorderPolicy.Sku[skus];
        double[] position = new double[skus];
        for (int i = 0; i < skus; i++) {
            boolean byServiceLevel = random.nextBoolean();
            params[i] = new ReorderPolicy.Sku(2 + random.nextInt(20), random.nextDouble() * 3,
                    byServiceLevel ? 0.9 + random.nextDouble() * 0.09 : Double.NaN, 1 + random.nextDouble() * 20,
                    1 + random.nextDouble() * 50, 10 + random.nextDouble() * 90, 0.2 + random.nextDouble() * 0.1,
                    random.nextInt(50), new int[] {1, 4, 6, 12, 24}[random.nextInt(5)]);
            position[i] = random.nextInt(400);
        }
        System.out.printf("Reorder points for %,d SKUs (90-day forecasts, 8-week projection), %d cores%n", skus,
                Runtime.getRuntime().availableProcessors());
        for (int round = 1; round <= 3; round++) {
            long start = System.nanoTime();
            double sequential = run(forecasts, params, position, false);
            double sequentialSeconds = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            double parallel = run(forecasts, params, position, true);
            double parallelSeconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("round %d: one thread %.2f s, all cores %.2f s (%,.0f SKUs/s); checksum %.3f / %.3f%n",
                    round, sequentialSeconds, parallelSeconds, skus / parallelSeconds, sequential, parallel);
        }
    }

    private static double run(List<SeriesForecast> forecasts, ReorderPolicy.Sku[] params, double[] position,
            boolean parallel) {
        IntStream indices = IntStream.range(0, params.length);
        return (parallel ? indices.parallel() : indices).mapToDouble(i -> {
            ForecastDemand demand = DemandForecasts.demandOf(forecasts.get(i % forecasts.size()));
            ReorderPolicy.Policy policy = ReorderPolicy.of(demand, params[i]);
            double[] weekly = new double[8];
            for (int t = 0; t < 8; t++) {
                weekly[t] = demand.meanOver(7.0 * t, 7.0 * t + 7);
            }
            List<ProjectedOrders.Order> orders = ProjectedOrders.project(weekly, position[i], policy.reorderPoint(),
                    policy.orderUpToLevel(), params[i].moq(), params[i].casePack());
            return policy.reorderPoint() + orders.size();
        }).sum();
    }

    private static SeriesForecast forecast(SplittableRandom random, int days) {
        double level = 1 + random.nextDouble() * 40;
        double sd = 0.2 * level + random.nextDouble() * 3;
        List<ForecastPoint> points = new ArrayList<>(days);
        LocalDate day = LocalDate.of(2026, 3, 1);
        for (int d = 0; d < days; d++) {
            double mean = level * (1 + 0.2 * Math.sin(2 * Math.PI * d / 7));
            double widen = Math.sqrt(1 + d / 30.0);
            points.add(new ForecastPoint(day.plusDays(d), mean, List.of(
                    new Interval(80, mean - 1.2816 * sd * widen, mean + 1.2816 * sd * widen),
                    new Interval(95, mean - 1.96 * sd * widen, mean + 1.96 * sd * widen))));
        }
        return new SeriesForecast("s", "ETS(A,N,A)", points, null, Instant.EPOCH);
    }
}
