package io.shopmind.inventory.lotsizing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class PlanFeasibilityPropertyTest {

    private static final LagrangianPlanner PLANNER = new LagrangianPlanner(
            new LagrangianPlanner.Settings(30, Duration.ofSeconds(1), 1e-4, 2.0, 5, 1));

    @Property(tries = 40)
    void planNeverExceedsBudgetOrVolume(@ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int skus,
                                        @ForAll @IntRange(min = 1, max = 6) int weeks,
                                        @ForAll @DoubleRange(min = 0.2, max = 1.5) double budgetTightness,
                                        @ForAll @DoubleRange(min = 0.5, max = 1.5) double volumeTightness) {
        PlanningProblem problem = PlanningInstances.random(seed, skus, weeks, budgetTightness, volumeTightness);
        ReplenishmentPlan plan = PLANNER.solve(problem);
        if (plan.feasible()) {
            assertThat(problem.isFeasible(plan.cases())).isTrue();
            assertThat(plan.lowerBound()).isLessThanOrEqualTo(plan.cost() + 1e-6 * Math.abs(plan.cost()));
            assertThat(plan.gap()).isBetween(0.0, 1.0);
        }
    }
}
