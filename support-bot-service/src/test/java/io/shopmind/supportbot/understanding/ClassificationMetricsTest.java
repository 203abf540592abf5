package io.shopmind.supportbot.understanding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationMetricsTest {

    /**
     * scikit-learn's classification_report example: y_true = [0, 1, 2, 2, 2], y_pred = [0, 0, 2, 2, 1] gives
     * precision 0.50 / 0.00 / 1.00, recall 1.00 / 0.00 / 0.67, F1 0.67 / 0.00 / 0.80 and macro F1 0.49.
     */
    @Test
    void matchesScikitLearnsClassificationReportExample() {
        ClassificationMetrics m = ClassificationMetrics.of(List.of("c0", "c1", "c2", "c2", "c2"),
                List.of("c0", "c0", "c2", "c2", "c1"), "oos");

        assertThat(m.perIntent().get("c0").precision()).isCloseTo(0.50, within(0.005));
        assertThat(m.perIntent().get("c1").f1()).isZero();
        assertThat(m.perIntent().get("c2").recall()).isCloseTo(0.67, within(0.005));
        assertThat(m.perIntent().get("c2").f1()).isCloseTo(0.80, within(0.005));
        assertThat(m.macroF1()).isCloseTo(0.49, within(0.005));
        assertThat(m.accuracy()).isCloseTo(0.6, within(1e-12));
    }

    @Test
    void scoresOutOfScopeAsLarsonEtAlDo() {
        // two in-scope examples (one right), three out-of-scope (two caught), one in-scope predicted out of scope
        ClassificationMetrics m = ClassificationMetrics.of(
                List.of("a", "b", "oos", "oos", "oos"),
                List.of("a", "oos", "oos", "oos", "a"), "oos");

        assertThat(m.inScopeAccuracy()).isCloseTo(0.5, within(1e-12));
        assertThat(m.outOfScopeRecall()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(m.outOfScopePrecision()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(m.confusions()).first().satisfies(c -> {
            assertThat(c.actual()).isEqualTo("b");
            assertThat(c.predicted()).isEqualTo("oos");
            assertThat(c.count()).isEqualTo(1);
        });
    }
}
