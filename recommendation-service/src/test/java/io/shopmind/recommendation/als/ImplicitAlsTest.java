package io.shopmind.recommendation.als;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.shopmind.recommendation.interaction.InteractionMatrix;
import io.shopmind.recommendation.model.FactorModel;
import io.shopmind.recommendation.model.TestMatrices;
import org.junit.jupiter.api.Test;

class ImplicitAlsTest {

    private static ImplicitAls.Config small(long seed) {
        return new ImplicitAls.Config(2, 1.0, 10, 10, 3, 2, seed);
    }

    @Test
    void convergesToTheExactLeastSquaresSolutionForOneUser() {
        assertNormalEquationsHold(new ImplicitAls.Config(3, 0.5, 2, 30, 10, 1, 7));
    }

    @Test
    void convergesToTheExactSolutionWithLambdaPerCell() {
        assertNormalEquationsHold(new ImplicitAls.Config(3, 0.2, 2, 30, 10, 1, 7,
                ImplicitAls.Regularization.PER_CELL));
    }

    /**
     * With the user factors fixed, many CG steps must reach the closed-form {@code y_i = (XᵀC_iX + λ_i I)⁻¹ XᵀC_i p_i},
     * {@code λ_i = λ} or {@code λ n_i} per cell: checks each item's normal equations after training on the chain matrix
     * (the last half-step solved the items).
     */
    private static void assertNormalEquationsHold(ImplicitAls.Config config) {
        InteractionMatrix m = TestMatrices.chain();
        FactorModel model = new ImplicitAls(config).fit(m);
        int f = config.factors();
        for (int i = 0; i < m.itemCount(); i++) {
            double[] a = new double[f * f];
            double[] b = new double[f];
            int cells = 0;
            for (int u = 0; u < m.userCount(); u++) {
                double[] x = model.userFactor(u);
                double r = m.value(u, i);
                double c = 1 + config.alpha() * r;
                cells += r > 0 ? 1 : 0;
                for (int p = 0; p < f; p++) {
                    for (int q = 0; q < f; q++) {
                        a[p * f + q] += c * x[p] * x[q];
                    }
                    if (r > 0) {
                        b[p] += c * x[p];
                    }
                }
            }
            double lambda = config.regularization() == ImplicitAls.Regularization.PER_CELL
                    ? config.lambda() * cells : config.lambda();
            double[] y = model.itemFactor(i);
            for (int p = 0; p < f; p++) {
                double s = lambda * y[p];
                for (int q = 0; q < f; q++) {
                    s += a[p * f + q] * y[q];
                }
                assertThat(s).as("item %d row %d", i, p).isCloseTo(b[p], within(1e-6));
            }
        }
    }

    @Test
    void recommendsItemsOfTheUsersOwnGroup() {
        InteractionMatrix m = TestMatrices.twoGroups(40, 20, 4, 5);
        FactorModel model = new ImplicitAls(small(1)).fit(m);
        for (int u = 0; u < m.userCount(); u++) {
            int best = model.recommendUnseen(u, 1).item(0);
            assertThat(TestMatrices.sameGroup(m, u, best, 40, 20)).as("user %d", u).isTrue();
        }
    }

    @Test
    void isDeterministicForASeedWhateverTheThreadCount() {
        InteractionMatrix m = TestMatrices.twoGroups(600, 40, 6, 9);
        FactorModel one = new ImplicitAls(small(42).withThreads(1)).fit(m);
        FactorModel two = new ImplicitAls(small(42).withThreads(2)).fit(m);
        FactorModel other = new ImplicitAls(small(43)).fit(m);
        for (int u = 0; u < m.userCount(); u += 50) {
            assertThat(two.userFactor(u)).containsExactly(one.userFactor(u));
        }
        assertThat(other.userFactor(0)).isNotEqualTo(one.userFactor(0));
    }

    @Test
    void validatesConfig() {
        assertThatThrownBy(() -> new ImplicitAls.Config(0, 0.1, 1, 1, 1, 1, 0)).hasMessageContaining("factors");
        assertThatThrownBy(() -> new ImplicitAls.Config(2, -1, 1, 1, 1, 1, 0)).hasMessageContaining("lambda");
        assertThatThrownBy(() -> new ImplicitAls.Config(2, 0.1, 0, 1, 1, 1, 0)).hasMessageContaining("alpha");
        assertThatThrownBy(() -> new ImplicitAls.Config(2, 0.1, 1, 1, 0, 1, 0)).hasMessageContaining("cgSteps");
    }
}
