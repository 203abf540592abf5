package io.shopmind.recommendation.plsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.shopmind.recommendation.interaction.InteractionLog;
import io.shopmind.recommendation.interaction.InteractionMatrix;
import io.shopmind.recommendation.model.TestMatrices;
import org.junit.jupiter.api.Test;

class PlsaTest {

    @Test
    void oneAspectIsTheItemsShareOfAllInteractions() {
        // with a single aspect, P(i|z) is the maximum-likelihood multinomial: item i's share of the weight
        InteractionMatrix m = new InteractionLog.Builder().add("u0", "a", 3, 0).add("u0", "b", 1, 0)
                .add("u1", "a", 1, 0).add("u1", "c", 5, 0).build().toMatrix();
        Plsa.Model model = new Plsa(new Plsa.Config(1, 3, 1)).fit(m);
        assertThat(model.itemGivenAspect(0, 0)).isCloseTo(4.0 / 10, within(1e-9));
        assertThat(model.itemGivenAspect(1, 0)).isCloseTo(1.0 / 10, within(1e-9));
        assertThat(model.itemGivenAspect(2, 0)).isCloseTo(5.0 / 10, within(1e-9));
        assertThat(model.aspectGivenUser(1, 0)).isEqualTo(1.0);
    }

    @Test
    void everyEmIterationRaisesTheLikelihood() {
        InteractionMatrix m = TestMatrices.twoGroups(30, 16, 5, 2);
        double previous = Double.NEGATIVE_INFINITY;
        for (int iterations = 1; iterations <= 16; iterations *= 2) {
            double likelihood = logLikelihood(new Plsa(new Plsa.Config(3, iterations, 4)).fit(m), m);
            assertThat(likelihood).isGreaterThanOrEqualTo(previous - 1e-9);
            previous = likelihood;
        }
    }

    @Test
    void twoAspectsSeparateTheTwoTasteGroups() {
        InteractionMatrix m = TestMatrices.twoGroups(40, 20, 6, 8);
        Plsa.Model model = new Plsa(new Plsa.Config(2, 100, 3)).fit(m);
        for (int u = 0; u < m.userCount(); u++) {
            int best = model.recommendUnseen(u, 1).item(0);
            assertThat(TestMatrices.sameGroup(m, u, best, 40, 20)).as("user %d", u).isTrue();
            double main = Math.max(model.aspectGivenUser(u, 0), model.aspectGivenUser(u, 1));
            assertThat(main).as("user %d's main aspect", u).isGreaterThan(0.99);
        }
    }

    private static double logLikelihood(Plsa.Model model, InteractionMatrix m) {
        double sum = 0;
        for (int u = 0; u < m.userCount(); u++) {
            for (int p = m.rowStart(u); p < m.rowEnd(u); p++) {
                double pi = 0;
                for (int a = 0; a < model.aspects(); a++) {
                    pi += model.itemGivenAspect(m.itemAt(p), a) * model.aspectGivenUser(u, a);
                }
                sum += m.valueAt(p) * Math.log(pi);
            }
        }
        return sum;
    }
}
