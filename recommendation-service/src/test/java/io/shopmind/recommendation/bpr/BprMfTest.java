package io.shopmind.recommendation.bpr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopmind.recommendation.model.FactorModel;
import io.shopmind.recommendation.interaction.InteractionMatrix;
import io.shopmind.recommendation.model.TestMatrices;
import org.junit.jupiter.api.Test;

class BprMfTest {

    private static BprMf.Config small(long seed) {
        return new BprMf.Config(4, 0.05, 0.01, 200, seed);
    }

    @Test
    void ranksAUsersItemsAboveTheRest() {
        InteractionMatrix m = TestMatrices.chain();
        FactorModel model = new BprMf(small(3)).fit(m);
        double[] scores = new double[m.itemCount()];
        for (int u = 0; u < m.userCount(); u++) {
            model.score(u, scores);
            double worstPositive = Double.POSITIVE_INFINITY;
            double bestNegative = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < m.itemCount(); i++) {
                if (m.contains(u, i)) {
                    worstPositive = Math.min(worstPositive, scores[i]);
                } else {
                    bestNegative = Math.max(bestNegative, scores[i]);
                }
            }
            assertThat(worstPositive).as("user %d", u).isGreaterThan(bestNegative);
        }
    }

    @Test
    void recommendsItemsOfTheUsersOwnGroup() {
        InteractionMatrix m = TestMatrices.twoGroups(40, 20, 4, 5);
        FactorModel model = new BprMf(small(1)).fit(m);
        int right = 0;
        for (int u = 0; u < m.userCount(); u++) {
            if (TestMatrices.sameGroup(m, u, model.recommendUnseen(u, 1).item(0), 40, 20)) {
                right++;
            }
        }
        assertThat(right).isGreaterThanOrEqualTo(38);
    }

    @Test
    void isDeterministicForASeed() {
        InteractionMatrix m = TestMatrices.twoGroups(40, 20, 4, 5);
        FactorModel a = new BprMf(small(9)).fit(m);
        FactorModel b = new BprMf(small(9)).fit(m);
        FactorModel c = new BprMf(small(10)).fit(m);
        assertThat(b.userFactor(3)).containsExactly(a.userFactor(3));
        assertThat(c.userFactor(3)).isNotEqualTo(a.userFactor(3));
    }

    @Test
    void validatesConfig() {
        assertThatThrownBy(() -> new BprMf.Config(4, 0, 0.01, 1, 0)).hasMessageContaining("learningRate");
        assertThatThrownBy(() -> new BprMf.Config(4, 0.1, 0.01, 0, 0)).hasMessageContaining("epochs");
    }
}
