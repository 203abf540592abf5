package io.shopmind.inventory.benchmark;

import io.shopmind.inventory.lotsizing.PlanningInstances;
import io.shopmind.inventory.lotsizing.LagrangianPlanner;
import io.shopmind.inventory.lotsizing.LpFileWriter;
import io.shopmind.inventory.lotsizing.PlanningProblem;
import io.shopmind.inventory.lotsizing.ReplenishmentPlan;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The multi-SKU plan with a weekly budget and warehouse volume: 1,000 SKUs &times; 8 weeks by default, both limits
 * binding. Solves it with {@link LagrangianPlanner} (time, cost, bound, gap), writes the same model as an LP file, and
 * when {@code cbc} or {@code glpsol} is on the PATH solves that with a 60 s limit and prints its result beside ours.
 * The planner stops at the service's 1 % target gap; {@code --long} then solves on towards 0.01 % for comparison.
 * Run: {@code java -cp <test classpath> io.shopmind.inventory.benchmark.SharedPlanBenchmark [skus] [weeks] [--long]}.
 */
public final class SharedPlanBenchmark {

    private static final int SOLVER_SECONDS = 60;
    /** The gap the service's plans stop at. */
    private static final double TARGET_GAP = 0.01;

    private SharedPlanBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int skuCount = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int weeks = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        PlanningProblem problem = PlanningInstances.random(7, skuCount, weeks, 0.8, 0.9);
        System.out.printf("Shared plan: %,d SKUs x %d weeks, budget 80 %% and volume 90 %% of average need, %d cores%n",
                skuCount, weeks, Runtime.getRuntime().availableProcessors());

        planner(TARGET_GAP, SOLVER_SECONDS).solve(PlanningInstances.random(8, 50, weeks, 0.8, 0.9)); // warm-up
        ReplenishmentPlan plan = solveAndPrint(problem, "to the 1 % target gap", TARGET_GAP);
        if (args.length > 2 && args[2].equals("--long")) {
            solveAndPrint(problem, "on to 0.01 %", 1e-4);
        }

        Path lp = Files.createTempFile("shopmind-plan-", ".lp");
        try (Writer out = Files.newBufferedWriter(lp)) {
            LpFileWriter.write(problem, out);
        }
        System.out.printf("LP file: %s (%,d bytes)%n", lp, Files.size(lp));
        if (onPath("cbc")) {
            // timeMode elapsed: the limit is wall-clock seconds, as for our planner, not CPU seconds
            Result cbc = run(List.of("cbc", lp.toString(), "timeMode", "elapsed", "sec", String.valueOf(SOLVER_SECONDS),
                            "solve", "quit"),
                    Pattern.compile("Objective value:\\s+(\\S+)"), Pattern.compile("Lower bound:\\s+(\\S+)"));
            print("CBC", cbc, plan);
        } else {
            System.out.println("CBC: not on the PATH, skipped");
        }
        if (onPath("glpsol")) {
            Result glpk = run(List.of("glpsol", "--lp", lp.toString(), "--tmlim", String.valueOf(SOLVER_SECONDS)),
                    Pattern.compile("^[+*]\\s*\\d+:\\s+mip\\s*=\\s*(\\S+)", Pattern.MULTILINE),
                    Pattern.compile("mip\\s*=.*?>=\\s+(\\S+)"));
            print("GLPK", glpk, plan);
        } else {
            System.out.println("GLPK: not on the PATH, skipped");
        }
        Files.deleteIfExists(lp);
    }

    private static LagrangianPlanner planner(double gap, int seconds) {
        return new LagrangianPlanner(LagrangianPlanner.Settings.of(Duration.ofSeconds(seconds), gap));
    }

    /** Solves, printing the first iteration within 1 % and the result. */
    private static ReplenishmentPlan solveAndPrint(PlanningProblem problem, String label, double gap) {
        double[] firstWithin = {Double.NaN, 0};
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        long cpuBefore = os.getProcessCpuTime();
        ReplenishmentPlan plan = planner(gap, SOLVER_SECONDS).solve(problem, (iteration, cost, bound, elapsed) -> {
            if (Double.isNaN(firstWithin[0]) && ReplenishmentPlan.gap(cost, bound) <= TARGET_GAP) {
                firstWithin[0] = elapsed.toMillis() / 1e3;
                firstWithin[1] = iteration;
            }
        });
        double cpu = (os.getProcessCpuTime() - cpuBefore) / 1e9;
        System.out.printf("LagrangianPlanner %s: %.2f s (%.2f s of CPU), %d iterations, cost %.2f, lower bound %.2f, "
                        + "gap %.3f %%, feasible %s; first within 1 %% after %.2f s (iteration %.0f); load %s%n", label,
                plan.elapsed().toMillis() / 1e3, cpu, plan.iterations(), plan.cost(), plan.lowerBound(),
                100 * plan.gap(), problem.isFeasible(plan.cases()), firstWithin[0], firstWithin[1], load());
        return plan;
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private record Result(double seconds, Double objective, Double bound, String tail) {
    }

    private static void print(String name, Result result, ReplenishmentPlan ours) {
        String objective = result.objective() == null ? "none found" : String.format("%.2f", result.objective());
        String bound = result.bound() == null ? "n/a" : String.format("%.2f", result.bound());
        String versusOurs = result.objective() == null ? ""
                : String.format(" (ours %.2f, %+.2f %%)", ours.cost(),
                        100 * (ours.cost() - result.objective()) / result.objective());
        System.out.printf("%s: %.1f s, objective %s%s, bound %s%n", name, result.seconds(), objective, versusOurs,
                bound);
        System.out.println("  " + result.tail().replace("\n", "\n  "));
    }

    private static Result run(List<String> command, Pattern objective, Pattern bound)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor(SOLVER_SECONDS + 30L, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        String[] lines = output.strip().split("\n");
        String tail = String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 12), lines.length));
        return new Result(seconds, last(objective, output), last(bound, output), tail);
    }

    private static Double last(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        Double value = null;
        while (matcher.find()) {
            try {
                value = Double.parseDouble(matcher.group(1));
            } catch (NumberFormatException e) {
                // a line that looked like a figure but was not
            }
        }
        return value;
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
