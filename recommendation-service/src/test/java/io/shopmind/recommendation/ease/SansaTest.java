package io.shopmind.recommendation.ease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.shopmind.recommendation.interaction.InteractionMatrix;
import io.shopmind.recommendation.model.RankedItems;
import io.shopmind.recommendation.model.TestMatrices;
import org.junit.jupiter.api.Test;

class SansaTest {

    @Test
    void withRoomForEveryEntryItIsEase() {
        InteractionMatrix m = TestMatrices.twoGroups(30, 12, 5, 3);
        int n = m.itemCount();
        Ease.Model ease = new Ease(new Ease.Config(2.5)).fit(m);
        Sansa.Model sansa = new Sansa(new Sansa.Config(2.5, n, 30)).fit(m);
        assertThat(sansa.residualSquared()).isCloseTo(0, within(1e-8));
        RankedItems[] lists = sansa.strongestWeights(n);
        for (int i = 0; i < n; i++) {
            for (int r = 0; r < lists[i].size(); r++) {
                int j = lists[i].item(r);
                assertThat(lists[i].score(r)).as("B_%d,%d", i, j).isCloseTo(ease.weight(i, j), within(1e-4));
            }
        }
        double[] full = new double[n];
        double[] approximate = new double[n];
        for (int u = 0; u < m.userCount(); u++) {
            ease.score(u, full);
            sansa.score(u, approximate);
            assertThat(approximate).containsExactly(full, within(1e-4));
        }
    }

    @Test
    void aSparseModelStillRecommendsFromTheUsersOwnGroup() {
        InteractionMatrix m = TestMatrices.twoGroups(60, 40, 5, 5);
        Sansa.Model model = new Sansa(new Sansa.Config(10, 6, 2)).fit(m);
        assertThat(model.factorEntries()).isLessThanOrEqualTo(2L * 6 * m.itemCount());
        for (int u = 0; u < m.userCount(); u++) {
            int best = model.recommendUnseen(u, 1).item(0);
            assertThat(TestMatrices.sameGroup(m, u, best, 60, 40)).as("user %d", u).isTrue();
        }
    }
}
