package io.shopmind.recommendation.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InteractionMatrixTest {

    @Test
    void storesRowsAndColumnsSortedAndSumsRepeatedPairs() {
        InteractionMatrix m = new InteractionLog.Builder()
                .add("ann", "pen", 1, 10)
                .add("bob", "ink", 2, 20)
                .add("ann", "cup", 3, 30)
                .add("ann", "pen", 4, 40)
                .build()
                .toMatrix();

        assertThat(m.userCount()).isEqualTo(2);
        assertThat(m.itemCount()).isEqualTo(3);
        assertThat(m.nonZeroCount()).isEqualTo(3);
        int ann = m.users().indexOf("ann");
        int pen = m.items().indexOf("pen");
        int cup = m.items().indexOf("cup");
        assertThat(m.itemsOf(ann)).containsExactly(pen, cup);
        assertThat(m.value(ann, pen)).isEqualTo(5f);
        assertThat(m.timestampAt(m.rowStart(ann))).isEqualTo(40L);
        assertThat(m.value(ann, m.items().indexOf("ink"))).isZero();
        assertThat(m.columnLength(pen)).isEqualTo(1);
        assertThat(m.userAt(m.columnStart(pen))).isEqualTo(ann);
        assertThat(m.columnValueAt(m.columnStart(pen))).isEqualTo(5f);
        assertThat(m.binarized().value(ann, pen)).isEqualTo(1f);
    }

    @Test
    void columnsMirrorRows() {
        InteractionLog.Builder b = new InteractionLog.Builder();
        java.util.Random random = new java.util.Random(7);
        for (int e = 0; e < 500; e++) {
            b.add("u" + random.nextInt(30), "i" + random.nextInt(40), 1 + random.nextInt(3), e);
        }
        InteractionMatrix m = b.build().toMatrix();
        double rowSum = 0;
        double columnSum = 0;
        for (int u = 0; u < m.userCount(); u++) {
            for (int p = m.rowStart(u); p < m.rowEnd(u); p++) {
                rowSum += m.valueAt(p) * (u + 1) * (m.itemAt(p) + 1);
                if (p > m.rowStart(u)) {
                    assertThat(m.itemAt(p)).isGreaterThan(m.itemAt(p - 1));
                }
            }
        }
        for (int i = 0; i < m.itemCount(); i++) {
            for (int q = m.columnStart(i); q < m.columnEnd(i); q++) {
                columnSum += m.columnValueAt(q) * (m.userAt(q) + 1) * (i + 1);
                assertThat(m.contains(m.userAt(q), i)).isTrue();
            }
        }
        assertThat(columnSum).isEqualTo(rowSum);
    }

    @Test
    void rejectsNonPositiveWeights() {
        assertThatThrownBy(() -> new InteractionLog.Builder().add("u", "i", 0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("weight");
    }
}
