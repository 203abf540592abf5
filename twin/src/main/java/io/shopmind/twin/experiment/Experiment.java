package io.shopmind.twin.experiment;

import io.shopmind.twin.operations.RuleBasedOperations;
import io.shopmind.twin.operations.RuleSettings;
import io.shopmind.twin.operations.ShopOperations;
import io.shopmind.twin.simulation.ArmRun;
import io.shopmind.twin.simulation.ShopTwin;
import io.shopmind.twin.simulation.TwinSettings;
import io.shopmind.twin.simulation.World;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs every arm on every seed. On a seed all arms share one {@link World} and the same history, run by the
 * rule-based shop; from the first compared day each arm decides. Arms run one after another, so an arm that
 * drives a suite has the machine to itself.
 */
public final class Experiment {

    private final TwinSettings settings;
    private final RuleSettings historyRules;
    private final List<Arm> arms;
    private final List<Long> seeds;

    public Experiment(TwinSettings settings, RuleSettings historyRules, List<Arm> arms, List<Long> seeds) {
        if (arms.isEmpty() || seeds.isEmpty() || seeds.size() > 1_000) {
            throw new IllegalArgumentException("at least one arm and between 1 and 1000 seeds");
        }
        this.settings = settings;
        this.historyRules = historyRules;
        this.arms = List.copyOf(arms);
        this.seeds = List.copyOf(seeds);
    }

    public ExperimentResult run(RuleTuning.Result tuning, Progress progress) {
        long started = System.nanoTime();
        Map<String, List<ArmRun>> runs = new LinkedHashMap<>();
        Map<String, List<String>> notes = new LinkedHashMap<>();
        arms.forEach(arm -> {
            runs.put(arm.name(), new ArrayList<>());
            notes.put(arm.name(), new ArrayList<>());
        });
        long total = (long) settings.totalDays() * arms.size() * seeds.size();
        long[] done = {0};
        for (int s = 0; s < seeds.size(); s++) {
            World world = new World(settings.withSeed(seeds.get(s)));
            ShopTwin twin = new ShopTwin(world);
            for (Arm arm : arms) {
                String what = String.format("seed %d/%d, arm %s", s + 1, seeds.size(), arm.name());
                long before = done[0];
                try (ShopOperations operations = arm.operations().apply(twin)) {
                    ShopOperations past = operations instanceof RuleBasedOperations rules
                            && rules.settings().equals(historyRules) ? operations
                            : new RuleBasedOperations(historyRules);
                    runs.get(arm.name()).add(twin.run(past, operations, (day, days) -> {
                        done[0] = before + day;
                        progress.update(done[0], total, what);
                    }));
                    operations.notes().stream().filter(note -> !notes.get(arm.name()).contains(note))
                            .forEach(notes.get(arm.name())::add);
                }
            }
        }
        return new ExperimentResult(settings, historyRules, tuning, seeds, runs, notes,
                (System.nanoTime() - started) / 1e9);
    }
}
