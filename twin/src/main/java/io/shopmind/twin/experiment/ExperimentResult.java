package io.shopmind.twin.experiment;

import io.shopmind.twin.metrics.Metric;
import io.shopmind.twin.metrics.PairedDifference;
import io.shopmind.twin.operations.RuleSettings;
import io.shopmind.twin.simulation.ArmRun;
import io.shopmind.twin.simulation.TwinSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every arm's runs over the seeds, the first arm being the baseline the others are compared with.
 *
 * @param settings     the twin's settings (the seed is that of the first run)
 * @param rules        the rule-based settings the history and the rules arm ran with
 * @param tuning       how those settings were chosen, or null if they were given
 * @param runs         per arm, one run per seed, in seed order
 * @param notes        per arm, what its operations could not do as asked
 * @param wallSeconds  how long the experiment took
 */
public record ExperimentResult(TwinSettings settings, RuleSettings rules, RuleTuning.Result tuning, List<Long> seeds,
        Map<String, List<ArmRun>> runs, Map<String, List<String>> notes, double wallSeconds) {

    public String baseline() {
        return runs.keySet().iterator().next();
    }

    /** The value of a metric for each seed of an arm. */
    public double[] values(String arm, Metric metric) {
        return runs.get(arm).stream().mapToDouble(run -> metric.of(run.days())).toArray();
    }

    public double mean(String arm, Metric metric) {
        double[] values = values(arm, metric);
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s / values.length;
    }

    /** Arm − baseline per metric, paired by seed, with 95 % intervals. */
    public Map<Metric, PairedDifference> against(String arm) {
        Map<Metric, PairedDifference> differences = new LinkedHashMap<>();
        for (Metric metric : Metric.values()) {
            differences.put(metric, PairedDifference.of(values(arm, metric), values(baseline(), metric), 0.95));
        }
        return differences;
    }
}
