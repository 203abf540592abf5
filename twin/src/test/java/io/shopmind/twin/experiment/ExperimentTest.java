package io.shopmind.twin.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopmind.twin.metrics.Metric;
import io.shopmind.twin.metrics.PairedDifference;
import io.shopmind.twin.operations.RuleBasedOperations;
import io.shopmind.twin.operations.RuleSettings;
import io.shopmind.twin.simulation.TwinSettings;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExperimentTest {

    static final TwinSettings SMALL = TwinSettings.defaults(1, LocalDate.of(2026, 11, 30)).withSize(40, 300, 150)
            .withCalendar(LocalDate.of(2026, 11, 30), 7, 7);

    @Test
    void twoArmsThatDecideAlikeDifferByExactlyZeroOnEverySeed() {
        List<Arm> arms = List.of(new Arm("rules", twin -> new RuleBasedOperations(RuleSettings.DEFAULT)),
                new Arm("same rules", twin -> new RuleBasedOperations(RuleSettings.DEFAULT)),
                new Arm("dear", twin -> new RuleBasedOperations(new RuleSettings(2.0, 30, 7, 28))));
        long[] last = {0};
        ExperimentResult result = new Experiment(SMALL, RuleSettings.DEFAULT, arms, List.of(1L, 2L, 3L))
                .run(null, (done, total, what) -> last[0] = done);

        Map<Metric, PairedDifference> same = result.against("same rules");
        for (Metric metric : List.of(Metric.REVENUE, Metric.GROSS_PROFIT, Metric.FILL_RATE, Metric.ORDERS)) {
            assertThat(same.get(metric).mean()).as(metric.label()).isZero();
            assertThat(same.get(metric).upper()).as(metric.label()).isZero();
        }
        PairedDifference dearOrders = result.against("dear").get(Metric.ORDERS);
        assertThat(dearOrders.upper()).isNegative();
        assertThat(last[0]).isEqualTo(3L * 3 * SMALL.totalDays());
    }

    @Test
    void tuningKeepsTheGridPointWithTheHighestNetProfit() {
        RuleTuning.Result tuning = RuleTuning.tune(SMALL, 1000, new double[] {0.3, 0.9}, new int[] {14, 30},
                Progress.NONE);

        assertThat(tuning.trials()).hasSize(4);
        double best = tuning.trials().stream().mapToDouble(RuleTuning.Trial::netProfit).max().orElseThrow();
        assertThat(tuning.trials().stream().filter(t -> t.settings().equals(tuning.best())).findFirst()
                .orElseThrow().netProfit()).isEqualTo(best);
    }
}
