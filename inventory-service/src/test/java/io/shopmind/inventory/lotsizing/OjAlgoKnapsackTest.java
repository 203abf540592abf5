package io.shopmind.inventory.lotsizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/** Sanity check of the MIP solver the planner relies on: a 4-item binary knapsack. */
class OjAlgoKnapsackTest {

    @Test
    void knapsackOptimum() {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        double[] value = {9, 5, 6, 4};
        double[] weight = {6, 3, 5, 2};
        Variable[] x = new Variable[4];
        for (int i = 0; i < 4; i++) {
            x[i] = model.addVariable("x" + (i + 1)).binary().weight(value[i]);
        }
        Expression capacity = model.addExpression("capacity").upper(10);
        for (int i = 0; i < 4; i++) {
            capacity.set(x[i], weight[i]);
        }
        Optimisation.Result result = model.maximise();
        assertThat(result.getState().isOptimal()).isTrue();
        assertThat(result.getValue()).isCloseTo(15, within(1e-6));
        assertThat(new double[] {result.doubleValue(0), result.doubleValue(1), result.doubleValue(2),
                result.doubleValue(3)}).containsExactly(new double[] {0, 1, 1, 1}, within(1e-6));
    }
}
