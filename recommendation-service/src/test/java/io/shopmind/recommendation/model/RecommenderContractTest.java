package io.shopmind.recommendation.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopmind.recommendation.als.ImplicitAls;
import io.shopmind.recommendation.association.CoPurchase;
import io.shopmind.recommendation.bpr.BprMf;
import io.shopmind.recommendation.ease.Ease;
import io.shopmind.recommendation.ease.Sansa;
import io.shopmind.recommendation.interaction.InteractionMatrix;
import io.shopmind.recommendation.knn.ItemKnn;
import io.shopmind.recommendation.knn.KnnConfig;
import io.shopmind.recommendation.plsa.Plsa;
import io.shopmind.recommendation.popularity.MostPopular;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Invariants every recommender keeps: sorted scores, distinct items, exclusions respected, seed determinism. */
class RecommenderContractTest {

    private static final InteractionMatrix MATRIX = TestMatrices.twoGroups(60, 30, 6, 17);

    static Stream<Recommender> recommenders() {
        return Stream.of(
                new MostPopular(),
                new ItemKnn(new KnnConfig(10, 1)),
                new ImplicitAls(new ImplicitAls.Config(4, 1, 1, 5, 3, 2, 5)),
                new BprMf(new BprMf.Config(4, 0.05, 0.01, 20, 5)),
                new Ease(new Ease.Config(5)),
                new Sansa(new Sansa.Config(5, 10, 2)),
                new Plsa(new Plsa.Config(4, 20, 5)),
                new CoPurchase(new CoPurchase.Config(1, 0, 20)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recommenders")
    void ranksDistinctItemsBySortedScoresAndRespectsExclusions(Recommender recommender) {
        RecommendationModel model = recommender.fit(MATRIX);
        Random random = new Random(1);
        for (int u = 0; u < MATRIX.userCount(); u++) {
            int[] excluded = {random.nextInt(MATRIX.itemCount()), random.nextInt(MATRIX.itemCount())};
            RankedItems ranked = model.recommend(u, 8, excluded);
            assertThat(ranked.size()).isLessThanOrEqualTo(8);
            assertThat(Arrays.stream(ranked.items()).distinct().count()).isEqualTo(ranked.size());
            for (int r = 1; r < ranked.size(); r++) {
                assertThat(ranked.score(r)).isLessThanOrEqualTo(ranked.score(r - 1));
            }
            assertThat(ranked.items()).doesNotContain(excluded);

            RankedItems unseen = model.recommendUnseen(u, 8);
            for (int item : unseen.items()) {
                assertThat(MATRIX.contains(u, item)).isFalse();
                assertThat(MATRIX.columnLength(item)).isPositive();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recommenders")
    void isDeterministic(Recommender recommender) {
        RecommendationModel first = recommender.fit(MATRIX);
        RecommendationModel second = recommender.fit(MATRIX);
        for (int u : List.of(0, 17, 59)) {
            assertThat(second.recommendUnseen(u, 10)).isEqualTo(first.recommendUnseen(u, 10));
        }
    }
}
