package io.shopmind.twin.cli;

import io.shopmind.twin.calibration.Calibration;
import io.shopmind.twin.calibration.CalibrationResult;
import io.shopmind.twin.catalogue.Sku;
import io.shopmind.twin.experiment.Arm;
import io.shopmind.twin.experiment.Experiment;
import io.shopmind.twin.experiment.ExperimentResult;
import io.shopmind.twin.experiment.Progress;
import io.shopmind.twin.experiment.RuleTuning;
import io.shopmind.twin.metrics.Metric;
import io.shopmind.twin.operations.RuleBasedOperations;
import io.shopmind.twin.operations.RuleSettings;
import io.shopmind.twin.report.ReportWriter;
import io.shopmind.twin.simulation.ArmRun;
import io.shopmind.twin.simulation.ShopTwin;
import io.shopmind.twin.simulation.TwinSettings;
import io.shopmind.twin.simulation.World;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * {@code TwinCommand [options]}: tunes the rule-based shop on its own seed, runs the arms on every seed, simulates
 * a few years for the calibration section and writes the report. In memory it compares the tuned rules with the
 * issue's untuned rules; a launcher that can start suites passes its arms to {@link #run}.
 */
public final class TwinCommand {

    private TwinCommand() {
    }

    public static void main(String[] args) throws IOException {
        TwinOptions options;
        try {
            options = TwinOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(e.getMessage().equals(TwinOptions.USAGE) ? 0 : 2);
            return;
        }
        if (!options.arms().isEmpty()) {
            System.err.println("The in-memory twin has no arm " + options.arms()
                    + "; the suite's TwinSuiteCommand runs the suite's arms");
            System.exit(2);
        }
        run(options, rules -> List.of(new Arm("rules, issue defaults",
                twin -> new RuleBasedOperations(RuleSettings.DEFAULT))), System.out);
    }

    /**
     * Runs the experiment: the tuned rules first (the baseline), then the arms {@code extraArms} makes for the
     * chosen rule settings. Returns the report's HTML path.
     */
    public static Path run(TwinOptions options, Function<RuleSettings, List<Arm>> extraArms, PrintStream out)
            throws IOException {
        long started = System.nanoTime();
        Progress progress = new ConsoleProgress(out);
        TwinSettings settings = options.settings();
        RuleTuning.Result tuning = null;
        RuleSettings rules = RuleSettings.DEFAULT;
        if (options.tune()) {
            tuning = RuleTuning.tune(settings, options.tuningSeed(), RuleTuning.MARKUPS, RuleTuning.COVERAGE_DAYS,
                    progress);
            rules = tuning.best();
            out.println("Rules tuned on seed " + options.tuningSeed() + ": " + rules);
        }
        RuleSettings chosen = rules;
        List<Arm> arms = new ArrayList<>();
        arms.add(new Arm("rules", twin -> new RuleBasedOperations(chosen)));
        arms.addAll(extraArms.apply(chosen));
        ExperimentResult result = new Experiment(settings, rules, arms, options.seeds()).run(tuning, progress);
        CalibrationResult calibration = options.calibrationYears() == 0 ? null
                : calibrate(settings, options, rules, progress);
        Path html = new ReportWriter().write(result, calibration, options.out());
        printSummary(result, out);
        out.printf(Locale.ROOT, "Report: %s (and report.json, daily.csv, support-labels.csv); %.0f s in all%n", html,
                (System.nanoTime() - started) / 1e9);
        return html;
    }

    private static CalibrationResult calibrate(TwinSettings settings, TwinOptions options, RuleSettings rules,
            Progress progress) throws IOException {
        int days = options.calibrationYears() * 365;
        TwinSettings longRun = settings.withSeed(options.tuningSeed()).withCalendar(settings.lastDay(), days - 1, 1);
        World world = new World(longRun);
        RuleBasedOperations shop = new RuleBasedOperations(rules);
        ArmRun run = new ShopTwin(world).run(shop, shop,
                (day, total) -> progress.update(day, total, "calibration: " + options.calibrationYears() + " years"));
        String[] categories = world.catalogue().skus().stream().map(Sku::category).toArray(String[]::new);
        return Calibration.compare(run, longRun.firstDay(), categories, options.rDatasets(), options.m3Monthly());
    }

    private static void printSummary(ExperimentResult result, PrintStream out) {
        result.notes().forEach((arm, notes) -> notes.forEach(note -> out.println(arm + ": " + note)));
        for (String arm : result.runs().keySet()) {
            if (arm.equals(result.baseline())) {
                continue;
            }
            out.println(arm + " − " + result.baseline() + " (95 % paired t-interval over " + result.seeds().size()
                    + " seeds):");
            result.against(arm).forEach((metric, d) -> out.printf(Locale.ROOT,
                    "  %-42s %14.4f  [%14.4f, %14.4f]  %s%n", metric.label(), d.mean(), d.lower(), d.upper(),
                    Double.isNaN(d.relative()) ? "" : String.format(Locale.ROOT, "%+.2f %%", 100 * d.relative())));
        }
        for (String arm : result.runs().keySet()) {
            out.printf(Locale.ROOT, "%-24s gross profit %,.2f  fill rate %.4f  net profit %,.2f%n", arm,
                    result.mean(arm, Metric.GROSS_PROFIT),
                    result.mean(arm, Metric.FILL_RATE),
                    result.mean(arm, Metric.NET_PROFIT));
        }
    }
}
