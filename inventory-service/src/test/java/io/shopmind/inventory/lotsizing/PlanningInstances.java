package io.shopmind.inventory.lotsizing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded random planning instances whose budget and volume limits bind. */
public final class PlanningInstances {

    private PlanningInstances() {
    }

    public static PlanningProblem random(long seed, int skuCount, int weeks, double budgetTightness,
                                  double volumeTightness) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<PlanningProblem.Sku> skus = new ArrayList<>();
        double spendPerWeek = 0;
        double volumePerWeek = 0;
        for (int i = 0; i < skuCount; i++) {
            int mean = 5 + rng.nextInt(15);
            int[] demand = new int[weeks];
            for (int t = 0; t < weeks; t++) {
                demand[t] = Math.max(0, mean + rng.nextInt(-mean / 2, mean / 2 + 1));
            }
            int pack = new int[] {4, 6, 12}[rng.nextInt(3)];
            int minCases = 1 + rng.nextInt(3);
            int maxStock = 2 * mean + pack * minCases;
            double unitCost = 1 + rng.nextInt(20);
            double volume = 0.5 + rng.nextDouble() * 2;
            skus.add(new PlanningProblem.Sku("sku" + i, demand, pack, minCases, maxStock, rng.nextInt(mean + 1),
                    20 + rng.nextInt(80), unitCost, 0.02 * unitCost, 1.5 * unitCost + 2, volume));
            spendPerWeek += unitCost * mean;
            volumePerWeek += volume * 1.5 * mean;
        }
        double[] budget = new double[weeks];
        double[] cap = new double[weeks];
        for (int t = 0; t < weeks; t++) {
            budget[t] = budgetTightness * spendPerWeek;
            cap[t] = volumeTightness * volumePerWeek;
        }
        return new PlanningProblem(skus, budget, cap);
    }
}
