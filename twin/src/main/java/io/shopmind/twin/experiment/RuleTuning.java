package io.shopmind.twin.experiment;

import io.shopmind.twin.metrics.Metric;
import io.shopmind.twin.operations.RuleBasedOperations;
import io.shopmind.twin.operations.RuleSettings;
import io.shopmind.twin.simulation.ArmRun;
import io.shopmind.twin.simulation.ShopTwin;
import io.shopmind.twin.simulation.TwinSettings;
import io.shopmind.twin.simulation.World;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule-based shop's best fixed settings: a grid over cost-plus markup and order-up-to days, each run on a seed
 * no comparison uses, the one with the highest net profit over the compared days kept. So the rules arm is the
 * best a rule-based shop of this kind could do here, not a strawman.
 */
public final class RuleTuning {

    /** A grid point and what it earned. */
    public record Trial(RuleSettings settings, double netProfit, double fillRate) {
    }

    public record Result(long seed, RuleSettings best, List<Trial> trials) {
        public Result {
            trials = List.copyOf(trials);
        }
    }

    public static final double[] MARKUPS = {0.4, 0.6, 0.8, 1.0, 1.3};
    public static final int[] COVERAGE_DAYS = {14, 21, 30, 45};

    private RuleTuning() {
    }

    public static Result tune(TwinSettings settings, long tuningSeed, double[] markups, int[] coverageDays,
            Progress progress) {
        World world = new World(settings.withSeed(tuningSeed));
        ShopTwin twin = new ShopTwin(world);
        List<Trial> trials = new ArrayList<>();
        long total = (long) markups.length * coverageDays.length * settings.totalDays();
        long done = 0;
        for (double markup : markups) {
            for (int coverage : coverageDays) {
                RuleSettings candidate = new RuleSettings(markup, coverage, RuleSettings.DEFAULT.reviewDays(),
                        RuleSettings.DEFAULT.salesWindowDays());
                RuleBasedOperations rules = new RuleBasedOperations(candidate);
                long before = done;
                String what = "tuning the rules on seed " + tuningSeed + ": " + candidate;
                ArmRun run = twin.run(rules, rules, (day, days) -> progress.update(before + day, total, what));
                done += settings.totalDays();
                trials.add(new Trial(candidate, Metric.NET_PROFIT.of(run.days()), Metric.FILL_RATE.of(run.days())));
            }
        }
        Trial best = trials.stream().max((a, b) -> Double.compare(a.netProfit(), b.netProfit())).orElseThrow();
        return new Result(tuningSeed, best.settings(), trials);
    }
}
