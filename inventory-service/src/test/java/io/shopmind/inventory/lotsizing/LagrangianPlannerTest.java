package io.shopmind.inventory.lotsizing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LagrangianPlannerTest {

    private static final LagrangianPlanner PLANNER = new LagrangianPlanner(
            new LagrangianPlanner.Settings(200, Duration.ofSeconds(3), 1e-4, 2.0, 10, 1));

    @Test
    void withinProvenGapOfMipOptimum() {
        // seed 2: ojAlgo proves the optimum in about 1.5 s (other seeds took 5 to 160 s on 2 cores)
        PlanningProblem problem = PlanningInstances.random(2, 5, 4, 0.8, 0.9);
        ReplenishmentPlan mip = MipPlanner.solve(problem);
        ReplenishmentPlan lagrangian = PLANNER.solve(problem);

        assertThat(mip.feasible()).isTrue();
        assertThat(mip.lowerBound()).isEqualTo(mip.cost());
        assertThat(lagrangian.feasible()).isTrue();
        assertThat(problem.isFeasible(lagrangian.cases())).isTrue();
        assertThat(lagrangian.cost()).isCloseTo(problem.cost(lagrangian.cases()),
                org.assertj.core.api.Assertions.within(1e-9));
        double tolerance = 1e-6 * mip.cost();
        // the bound is valid and the plan is no better than the optimum ...
        assertThat(lagrangian.lowerBound()).isLessThanOrEqualTo(mip.cost() + tolerance);
        assertThat(lagrangian.cost()).isGreaterThanOrEqualTo(mip.cost() - tolerance);
        // ... so the plan's distance to the optimum is within the gap it reports
        assertThat((lagrangian.cost() - mip.cost()) / lagrangian.cost()).isLessThanOrEqualTo(lagrangian.gap() + 1e-9);
        assertThat(lagrangian.gap()).isLessThan(0.10);
    }

    @Test
    void uncoupledProblemIsSolvedToOptimality() {
        // limits so loose that the relaxation is the problem itself: gap closes at once
        PlanningProblem loose = PlanningInstances.random(5, 4, 6, 100, 100);
        ReplenishmentPlan plan = PLANNER.solve(loose);
        assertThat(plan.gap()).isLessThanOrEqualTo(1e-9);
        assertThat(plan.iterations()).isEqualTo(1);
    }

    @Test
    void singleSkuDpMatchesEnumeration() {
        var sku = new PlanningProblem.Sku("a", new int[] {7, 0, 12, 5}, 4, 2, 30, 3, 15, 2, 0.3, 6, 1);
        int[] cases = new int[4];
        double dp = SkuPlanning.solve(sku, new double[4], new double[4], cases);
        double best = Double.POSITIVE_INFINITY;
        int[] x = new int[4];
        int max = sku.maxCases();
        for (int a = 0; a <= max; a++) {
            for (int b = 0; b <= max; b++) {
                for (int c = 0; c <= max; c++) {
                    for (int d = 0; d <= max; d++) {
                        x[0] = a;
                        x[1] = b;
                        x[2] = c;
                        x[3] = d;
                        if (!validSingle(sku, x)) {
                            continue;
                        }
                        best = Math.min(best, PlanningProblem.skuCost(sku, x));
                    }
                }
            }
        }
        assertThat(dp).isCloseTo(best, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(PlanningProblem.skuCost(sku, cases)).isCloseTo(best, org.assertj.core.api.Assertions.within(1e-9));
    }

    private static boolean validSingle(PlanningProblem.Sku sku, int[] x) {
        int stock = sku.initialStock();
        for (int t = 0; t < x.length; t++) {
            if (x[t] > 0 && x[t] < sku.minCases()) {
                return false;
            }
            int a = stock + sku.packSize() * x[t];
            if (a > sku.maxStock()) {
                return false;
            }
            stock = Math.max(0, a - sku.demand(t));
        }
        return true;
    }

    @Test
    void lpFileHasEveryRowAndSection() {
        PlanningProblem problem = PlanningInstances.random(3, 2, 3, 0.8, 0.9);
        String lp = LpFileWriter.toLp(problem);
        assertThat(lp).contains("Minimize", "Subject To", "Bounds", "Generals", "Binaries", "End");
        assertThat(lp.lines().filter(l -> l.startsWith(" balance_")).count()).isEqualTo(6);
        assertThat(lp.lines().filter(l -> l.startsWith(" budget_")).count()).isEqualTo(3);
        assertThat(lp.lines().filter(l -> l.startsWith(" volume_")).count()).isEqualTo(3);
        assertThat(List.of(lp.split("\n"))).contains(" y_1_2");
    }
}
