package io.shopmind.recommendation.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.shopmind.recommendation.interaction.IdIndex;
import io.shopmind.recommendation.interaction.InteractionMatrix;
import org.junit.jupiter.api.Test;

class RankingEvaluatorTest {

    private static final IdIndex USERS = IdIndex.of("a", "b", "c");
    private static final IdIndex ITEMS = IdIndex.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    private static InteractionMatrix cells(int[] users, int[] items) {
        float[] ones = new float[users.length];
        java.util.Arrays.fill(ones, 1f);
        return InteractionMatrix.of(USERS, ITEMS, users, items, ones, new long[users.length]);
    }

    // train: every item seen by user c, so all ten count for coverage
    private final InteractionMatrix train = cells(
            new int[] {0, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2},
            new int[] {9, 9, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9});

    @Test
    void matchesHandComputedValues() {
        // user a: relevant {1, 4, 7}; list [1, 2, 4] hits at ranks 1 and 3
        // user b: relevant {5}; list [6, 5, 0] hits at rank 2
        // user c: no test cells, not evaluated
        InteractionMatrix test = cells(new int[] {0, 0, 0, 1}, new int[] {1, 4, 7, 5});
        int[][] lists = {{1, 2, 4}, {6, 5, 0}, null};
        RankingMetrics m = RankingEvaluator.metrics(lists, train, test, 3);

        assertThat(m.users()).isEqualTo(2);
        assertThat(m.precision()).isCloseTo((2.0 / 3 + 1.0 / 3) / 2, within(1e-12));
        assertThat(m.recall()).isCloseTo((2.0 / 3 + 1.0) / 2, within(1e-12));
        double dcgA = 1 / log2(2) + 1 / log2(4);
        double idcgA = 1 / log2(2) + 1 / log2(3) + 1 / log2(4);
        double ndcgB = (1 / log2(3)) / (1 / log2(2));
        assertThat(m.ndcg()).isCloseTo((dcgA / idcgA + ndcgB) / 2, within(1e-12));
        double apA = (1.0 / 1 + 2.0 / 3) / 3;
        double apB = (1.0 / 2) / 1;
        assertThat(m.map()).isCloseTo((apA + apB) / 2, within(1e-12));
        assertThat(m.mapAtK()).isCloseTo((apA + apB) / 2, within(1e-12));
        assertThat(m.hitRate()).isEqualTo(1.0);
        // recommended {0, 1, 2, 4, 5, 6} of ten training items
        assertThat(m.coverage()).isCloseTo(6.0 / 10, within(1e-12));
    }

    @Test
    void mapAtKNormalisesByTheShorterOfRelevantAndK() {
        // relevant {0..5} (6 items), k = 2, list [0, 9]: AP = 1 / 6, AP@k = 1 / 2
        InteractionMatrix test = cells(new int[] {0, 0, 0, 0, 0, 0}, new int[] {0, 1, 2, 3, 4, 5});
        RankingMetrics m = RankingEvaluator.metrics(new int[][] {{0, 8}, null, null}, train, test, 2);
        assertThat(m.map()).isCloseTo(1.0 / 6, within(1e-12));
        assertThat(m.mapAtK()).isCloseTo(1.0 / 2, within(1e-12));
        assertThat(m.precision()).isCloseTo(0.5, within(1e-12));
        assertThat(m.recall()).isCloseTo(1.0 / 6, within(1e-12));
    }

    @Test
    void aPerfectRankingScoresOne() {
        InteractionMatrix test = cells(new int[] {0, 0, 1, 1, 1}, new int[] {3, 5, 0, 1, 2});
        RankingMetrics m = RankingEvaluator.metrics(new int[][] {{5, 3}, {2, 0}, null}, train, test, 2);
        assertThat(m.ndcg()).isCloseTo(1.0, within(1e-12));
        assertThat(m.precision()).isCloseTo(1.0, within(1e-12));
        assertThat(m.mapAtK()).isCloseTo(1.0, within(1e-12));
        assertThat(m.hitRate()).isEqualTo(1.0);
    }

    @Test
    void aRankingWithoutHitsScoresZero() {
        InteractionMatrix test = cells(new int[] {0}, new int[] {3});
        RankingMetrics m = RankingEvaluator.metrics(new int[][] {{1, 2}, null, null}, train, test, 2);
        assertThat(m.ndcg()).isZero();
        assertThat(m.precision()).isZero();
        assertThat(m.map()).isZero();
        assertThat(m.hitRate()).isZero();
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    @Test
    void leavesMaskedCellsOutOfTheListsAsTrainingCells() {
        // popularity in training: 9 (twice) then 0..8; user a trained on 9, validated on 0, tested on 1
        var model = new io.shopmind.recommendation.popularity.MostPopular().fit(train);
        InteractionMatrix test = cells(new int[] {0}, new int[] {1});
        InteractionMatrix validation = cells(new int[] {0}, new int[] {0});

        int[][] plain = RankingEvaluator.recommendAll(model, test, 3, 1);
        int[][] masked = RankingEvaluator.recommendAll(model, test, validation, 3, 1);

        assertThat(plain[0]).hasSize(3).contains(0).doesNotContain(9);
        assertThat(masked[0]).hasSize(3).doesNotContain(0, 9);
        assertThat(masked[0][0]).isEqualTo(plain[0][1]);
    }
}
