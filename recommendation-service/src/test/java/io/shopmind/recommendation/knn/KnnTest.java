package io.shopmind.recommendation.knn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.shopmind.recommendation.interaction.InteractionMatrix;
import io.shopmind.recommendation.model.TestMatrices;
import org.junit.jupiter.api.Test;

class KnnTest {

    static InteractionMatrix chain() {
        return TestMatrices.chain();
    }

    private static int item(InteractionMatrix m, int i) {
        return m.items().indexOf("i" + i);
    }

    @Test
    void itemSimilaritiesAreShrunkCosines() {
        InteractionMatrix m = chain();
        ItemKnn.Model plain = new ItemKnn(new KnnConfig(10, 0)).fit(m);
        assertThat(plain.similarity(item(m, 0), item(m, 1))).isCloseTo(1.0, within(1e-12));
        assertThat(plain.similarity(item(m, 0), item(m, 2))).isCloseTo(0.5, within(1e-12));
        assertThat(plain.similarity(item(m, 3), item(m, 4))).isCloseTo(1 / Math.sqrt(2), within(1e-12));
        assertThat(plain.similarity(item(m, 0), item(m, 4))).isZero();

        ItemKnn.Model shrunk = new ItemKnn(new KnnConfig(10, 1)).fit(m);
        assertThat(shrunk.similarity(item(m, 0), item(m, 1))).isCloseTo(2.0 / 3.0, within(1e-12));
    }

    @Test
    void itemKnnRanksByWeightedSimilarityToTheUsersItems() {
        InteractionMatrix m = chain();
        ItemKnn.Model model = new ItemKnn(new KnnConfig(10, 0)).fit(m);
        int u2 = m.users().indexOf("u2");
        assertThat(model.recommendUnseen(u2, 3).items()).containsExactly(item(m, 4), item(m, 0), item(m, 1));
        double[] scores = new double[5];
        model.score(m.users().indexOf("u0"), scores);
        assertThat(scores[item(m, 2)]).isCloseTo(1.0, within(1e-12));
        assertThat(scores[item(m, 3)]).isZero();
    }

    @Test
    void keepsOnlyTheTopNeighbours() {
        InteractionMatrix m = chain();
        ItemKnn.Model model = new ItemKnn(new KnnConfig(1, 0)).fit(m);
        // i2's neighbours are i0, i1 and i3, all at 0.5; the tie goes to the lower index
        assertThat(model.similarity(item(m, 2), item(m, 0))).isCloseTo(0.5, within(1e-12));
        assertThat(model.similarity(item(m, 2), item(m, 3))).isZero();
    }

    @Test
    void validatesConfig() {
        assertThatThrownBy(() -> new KnnConfig(0, 1)).hasMessageContaining("neighbours");
        assertThatThrownBy(() -> new KnnConfig(5, -1)).hasMessageContaining("shrinkage");
    }
}
