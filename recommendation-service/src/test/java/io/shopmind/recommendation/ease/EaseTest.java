package io.shopmind.recommendation.ease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.shopmind.recommendation.interaction.InteractionLog;
import io.shopmind.recommendation.interaction.InteractionMatrix;
import io.shopmind.recommendation.linalg.Gram;
import io.shopmind.recommendation.model.TestMatrices;
import org.junit.jupiter.api.Test;

class EaseTest {

    @Test
    void matchesTheClosedFormOnTwoItems() {
        // G = [[2,1],[1,2]], λ = 1: P = (1/8)[[3,-1],[-1,3]], so B_01 = B_10 = -P_01 / P_11 = 1/3
        InteractionMatrix m = new InteractionLog.Builder()
                .add("u0", "a", 1, 0).add("u0", "b", 1, 0)
                .add("u1", "a", 1, 0)
                .add("u2", "b", 1, 0)
                .build().toMatrix();
        Ease.Model model = new Ease(new Ease.Config(1)).fit(m);
        assertThat(model.weight(0, 1)).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(model.weight(1, 0)).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(model.weight(0, 0)).isZero();
    }

    @Test
    void satisfiesTheConstrainedOptimalityConditions() {
        // stationarity of the Lagrangian: (G + λI)B − G is zero off the diagonal
        InteractionMatrix m = TestMatrices.twoGroups(30, 12, 5, 3);
        double lambda = 2.5;
        Ease.Model model = new Ease(new Ease.Config(lambda)).fit(m);
        int n = m.itemCount();
        double[] g = Gram.ofItems(m);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double r = -g[i * n + j];
                for (int k = 0; k < n; k++) {
                    r += (g[i * n + k] + (i == k ? lambda : 0)) * model.weight(k, j);
                }
                if (i != j) {
                    assertThat(r).as("residual (%d,%d)", i, j).isCloseTo(0, within(1e-9));
                }
            }
            assertThat(model.weight(i, i)).isZero();
        }
    }

    @Test
    void recommendsItemsOfTheUsersOwnGroup() {
        InteractionMatrix m = TestMatrices.twoGroups(40, 20, 4, 5);
        Ease.Model model = new Ease(new Ease.Config(10)).fit(m);
        for (int u = 0; u < m.userCount(); u++) {
            int best = model.recommendUnseen(u, 1).item(0);
            assertThat(TestMatrices.sameGroup(m, u, best, 40, 20)).as("user %d", u).isTrue();
        }
    }

    @Test
    void rejectsANonPositiveLambda() {
        assertThatThrownBy(() -> new Ease.Config(0)).hasMessageContaining("lambda");
    }
}
