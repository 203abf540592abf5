package io.shopmind.recommendation.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopmind.recommendation.interaction.InteractionLog;
import io.shopmind.recommendation.interaction.InteractionMatrix;
import org.junit.jupiter.api.Test;

class SplitTest {

    private final InteractionMatrix all = new PlantedInteractions(50, 80, 4, 5, 12, 0.8, 3).generate().toMatrix();

    @Test
    void stratifiedKeepsTheRatioPerUserAndPartitionsTheCells() {
        Split split = Split.stratified(all, 0.75, 42);
        assertThat(split.train().nonZeroCount() + split.test().nonZeroCount()).isEqualTo(all.nonZeroCount());
        for (int u = 0; u < all.userCount(); u++) {
            int n = all.rowLength(u);
            assertThat(split.train().rowLength(u)).isEqualTo(Math.round(0.75 * n));
            for (int item : split.test().itemsOf(u)) {
                assertThat(split.train().contains(u, item)).isFalse();
                assertThat(all.contains(u, item)).isTrue();
            }
        }
    }

    @Test
    void threeWayStratifiedCountsCellsAsRecBoleDoes() {
        InteractionLog.Builder log = new InteractionLog.Builder();
        int[] sizes = {10, 5, 2, 1};
        for (int u = 0; u < sizes.length; u++) {
            for (int i = 0; i < sizes[u]; i++) {
                log.add("u" + u, "i" + i, 1, i);
            }
        }
        InteractionMatrix cells = log.build().toMatrix();

        Split split = Split.stratified(cells, 0.8, 0.1, 0.1, 7);

        // n = 10: ⌊1⌋ each; n = 5: ⌊0.5⌋ = 0, then one each while training keeps more than one;
        // n = 2: test takes one, training is then down to one; n = 1: all training
        int[][] expected = {{8, 1, 1}, {3, 1, 1}, {1, 0, 1}, {1, 0, 0}};
        for (int u = 0; u < sizes.length; u++) {
            int user = cells.users().indexOf("u" + u);
            assertThat(new int[] {split.train().rowLength(user), split.validation().rowLength(user),
                    split.test().rowLength(user)}).as("user u%d", u).containsExactly(expected[u]);
            for (int item : split.validation().itemsOf(user)) {
                assertThat(split.train().contains(user, item) || split.test().contains(user, item)).isFalse();
            }
        }
    }

    @Test
    void stratifiedIsReproducibleForASeed() {
        Split a = Split.stratified(all, 0.75, 42);
        Split b = Split.stratified(all, 0.75, 42);
        Split c = Split.stratified(all, 0.75, 43);
        for (int u = 0; u < all.userCount(); u++) {
            assertThat(b.test().itemsOf(u)).containsExactly(a.test().itemsOf(u));
        }
        boolean differs = false;
        for (int u = 0; u < all.userCount(); u++) {
            differs |= !java.util.Arrays.equals(a.test().itemsOf(u), c.test().itemsOf(u));
        }
        assertThat(differs).isTrue();
    }

    @Test
    void leaveLastOutHoldsOutEachUsersLatestCell() {
        InteractionMatrix m = new InteractionLog.Builder()
                .add("a", "x", 1, 10).add("a", "y", 1, 30).add("a", "z", 1, 20)
                .add("b", "x", 1, 5)
                .add("a", "x", 1, 40) // a repeat of (a, x): the cell's latest time becomes 40
                .build().toMatrix();
        Split split = Split.leaveLastOut(m);
        int a = m.users().indexOf("a");
        int b = m.users().indexOf("b");
        assertThat(split.test().itemsOf(a)).containsExactly(m.items().indexOf("x"));
        assertThat(split.train().rowLength(a)).isEqualTo(2);
        assertThat(split.test().rowLength(b)).isZero();
        assertThat(split.train().rowLength(b)).isEqualTo(1);
    }

    @Test
    void givenSplitKeepsTheFilesApartOverOneIndex() {
        InteractionLog log = new InteractionLog.Builder()
                .add("1", "10", 4, 1).add("1", "11", 3, 2)
                .add("2", "10", 5, 3)
                .add("1", "12", 2, 4) // the test file starts here
                .add("3", "10", 1, 5)
                .build();
        Split split = Split.given(log, 3);
        assertThat(split.train().nonZeroCount()).isEqualTo(3);
        assertThat(split.test().nonZeroCount()).isEqualTo(2);
        assertThat(split.test().users()).isSameAs(split.train().users());
    }

    @Test
    void rejectsARatioOutsideZeroAndOne() {
        assertThatThrownBy(() -> Split.stratified(all, 1.0, 1)).hasMessageContaining("ratio");
    }
}
