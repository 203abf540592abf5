package io.shopmind.forecast.benchmark;

import io.shopmind.forecast.arima.AutoArima;
import io.shopmind.forecast.baseline.Naive2;
import io.shopmind.forecast.benchmark.HeldOutSeries.Category;
import io.shopmind.forecast.ets.Ets;
import io.shopmind.forecast.evaluation.AccuracyMetrics;
import io.shopmind.forecast.model.FittedModel;
import io.shopmind.forecast.model.Forecaster;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Holdout accuracy of our {@link AutoArima} and {@link Ets#auto()} beside R's {@code forecast::auto.arima} and
 * {@code forecast::ets} on the real series that ship with R ({@code src/test/resources/r-datasets/holdout}): each
 * series' last h observations are held out (M3 horizons: yearly 6, quarterly 8, monthly 18, other 8), all four
 * methods fit the same training part, and all four forecasts are scored by our {@link AccuracyMetrics} (M4's sMAPE,
 * and MASE scaled by the in-sample seasonal naive error). Prints the mean MASE and sMAPE per category and overall,
 * ours beside R's with the relative difference, the fits per second of both on one thread, and the series where ours
 * trails R the most. A method that fails on a series is scored with Naive2's forecast, as in the M4 evaluation.
 *
 * <p>Run after {@code test-compile} with the test classpath, e.g.
 * {@code java -cp "$(cat cp.txt):forecast-service/target/classes:forecast-service/target/test-classes"
 * io.shopmind.forecast.benchmark.RAccuracyComparison [--predictions FILE.csv] [--worst N] [--no-r]}.
 */
public final class RAccuracyComparison {

    /** One method's result on one series. */
    record Scored(String model, double[] forecast, boolean failed, double mase, double smape) {
    }

    /** One method on every series, in the order of the series, and its single-threaded throughput. */
    record MethodRun(String name, double fitsPerSecond, List<Scored> scores) {
    }

    private RAccuracyComparison() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        List<String> arguments = List.of(args);
        boolean useR = !arguments.contains("--no-r");
        Optional<Path> predictions = option(arguments, "--predictions").map(Path::of);
        int worst = option(arguments, "--worst").map(Integer::parseInt).orElse(5);

        List<HeldOutSeries> series = HeldOutSeries.loadAll();
        Optional<String> rVersion = useR ? RAutoArima.version() : Optional.empty();
        List<MethodRun> ours = List.of(ours("AutoARIMA", new AutoArima(), series), ours("ETS", Ets.auto(), series));
        List<MethodRun> theirs = new ArrayList<>();
        if (rVersion.isPresent()) {
            Map<String, RHoldoutForecasts.Method> r = RHoldoutForecasts.run(series);
            theirs.add(fromR("R auto.arima", r.get("auto.arima"), series));
            theirs.add(fromR("R ets", r.get("ets"), series));
        }

        System.out.printf(Locale.ROOT, "Holdout accuracy on %d series shipped with R (last h held out: yearly 6, quarterly 8,"
                + " monthly 18, other 8)%s%n", series.size(),
                rVersion.map(v -> "; R: " + v).orElse("; Rscript with the forecast package not found: R columns skipped"));
        for (int i = 0; i < ours.size(); i++) {
            printComparison(series, ours.get(i), theirs.isEmpty() ? null : theirs.get(i), worst);
        }
        System.out.println("MASE and sMAPE are means over the series; diff is ours relative to R; same counts identical"
                + " model choices; fits/s on one thread, R timing its own loop.");
        if (predictions.isPresent()) {
            List<MethodRun> all = new ArrayList<>(ours);
            all.addAll(theirs);
            writePredictions(predictions.get(), series, all);
            System.out.println("forecasts written to " + predictions.get());
        }
    }

    private static Optional<String> option(List<String> arguments, String name) {
        int i = arguments.indexOf(name);
        if (i < 0) {
            return Optional.empty();
        }
        if (i + 1 >= arguments.size()) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return Optional.of(arguments.get(i + 1));
    }

    /**
     * Fits every series twice: the first pass warms the JIT and gives the forecasts, the second is timed (the fits
     * are deterministic, so both passes agree).
     */
    private static MethodRun ours(String name, Forecaster forecaster, List<HeldOutSeries> series) {
        List<Scored> scores = series.stream().map(s -> fitOurs(forecaster, s)).toList();
        long start = System.nanoTime();
        series.forEach(s -> fitOurs(forecaster, s));
        double seconds = (System.nanoTime() - start) / 1e9;
        return new MethodRun(name, series.size() / seconds, scores);
    }

    private static Scored fitOurs(Forecaster forecaster, HeldOutSeries s) {
        try {
            FittedModel model = forecaster.fit(s.train(), s.period());
            return score(s, model.name(), model.forecast(s.horizon()).mean(), false);
        } catch (RuntimeException e) {
            return naive2(s);
        }
    }

    private static MethodRun fromR(String name, RHoldoutForecasts.Method method, List<HeldOutSeries> series) {
        List<Scored> scores = new ArrayList<>();
        for (HeldOutSeries s : series) {
            RHoldoutForecasts.Fit fit = method.fits().get(s.id());
            scores.add(fit == null || fit.forecast() == null ? naive2(s) : score(s, fit.model(), fit.forecast(), false));
        }
        return new MethodRun(name, series.size() / method.seconds(), scores);
    }

    private static Scored naive2(HeldOutSeries s) {
        return score(s, "Naive2", new Naive2().fit(s.train(), s.period()).forecast(s.horizon()).mean(), true);
    }

    private static Scored score(HeldOutSeries s, String model, double[] forecast, boolean failed) {
        double[] actual = s.actual();
        return new Scored(model, forecast, failed, AccuracyMetrics.mase(s.train(), s.period(), actual, forecast),
                AccuracyMetrics.smape(actual, forecast));
    }

    private static void printComparison(List<HeldOutSeries> series, MethodRun ours, MethodRun r, int worst) {
        System.out.println();
        String header = String.format(Locale.ROOT, "%-10s %-10s %3s %9s", ours.name(), "category", "n", "MASE");
        if (r != null) {
            header += String.format(Locale.ROOT, " %9s %8s", "R", "diff");
        }
        header += String.format(Locale.ROOT, " %9s", "sMAPE");
        if (r != null) {
            header += String.format(Locale.ROOT, " %9s %8s %6s", "R", "diff", "same");
        }
        System.out.println(header);
        for (Category category : Category.values()) {
            printRow(category.label(), series, s -> s.category().equals(category.label()), ours, r);
        }
        printRow("all", series, s -> true, ours, r);
        int failures = (int) ours.scores().stream().filter(Scored::failed).count();
        String speed = String.format(Locale.ROOT, "fits/s: ours %.1f", ours.fitsPerSecond());
        if (r != null) {
            speed += String.format(Locale.ROOT, ", R %.1f (%.1fx)", r.fitsPerSecond(), ours.fitsPerSecond() / r.fitsPerSecond());
            failures += (int) r.scores().stream().filter(Scored::failed).count();
        }
        System.out.println(speed + (failures > 0 ? "; failed fits scored as Naive2: " + failures : ""));
        if (r != null && worst > 0) {
            System.out.println("where ours trails R the most (MASE ours - R):");
            IntStream.range(0, series.size()).boxed()
                    .sorted(Comparator.comparingDouble(i -> r.scores().get(i).mase() - ours.scores().get(i).mase()))
                    .limit(worst)
                    .forEach(i -> System.out.printf(Locale.ROOT, "  %-24s %-9s %+8.3f  ours %-34s R %s%n",
                            series.get(i).id(), series.get(i).category(),
                            ours.scores().get(i).mase() - r.scores().get(i).mase(),
                            ours.scores().get(i).model(), r.scores().get(i).model()));
        }
        if (r != null) {
            IntStream.range(0, series.size())
                    .filter(i -> !ours.scores().get(i).model().equals(r.scores().get(i).model()))
                    .forEach(i -> System.out.printf(Locale.ROOT, "  model differs: %-24s MASE ours %.3f R %.3f  ours %s, R %s%n",
                            series.get(i).id(), ours.scores().get(i).mase(), r.scores().get(i).mase(),
                            ours.scores().get(i).model(), r.scores().get(i).model()));
        }
    }

    private static void printRow(String label, List<HeldOutSeries> series, Predicate<HeldOutSeries> in, MethodRun ours,
                                 MethodRun r) {
        int[] rows = IntStream.range(0, series.size()).filter(i -> in.test(series.get(i))).toArray();
        double oursMase = mean(ours, rows, Scored::mase);
        double oursSmape = mean(ours, rows, Scored::smape);
        String row = String.format(Locale.ROOT, "%-10s %-10s %3d %9.4f", "", label, rows.length, oursMase);
        if (r == null) {
            System.out.println(row + String.format(Locale.ROOT, " %9.3f", oursSmape));
            return;
        }
        double rMase = mean(r, rows, Scored::mase);
        double rSmape = mean(r, rows, Scored::smape);
        long same = IntStream.of(rows)
                .filter(i -> ours.scores().get(i).model().equals(r.scores().get(i).model())).count();
        System.out.println(row + String.format(Locale.ROOT, " %9.4f %+7.2f%% %9.3f %9.3f %+7.2f%% %3d/%d", rMase,
                100 * (oursMase / rMase - 1), oursSmape, rSmape, 100 * (oursSmape / rSmape - 1), same, rows.length));
    }

    /** The mean of a metric over the given series, leaving out series where it is undefined (MASE with zero scale). */
    private static double mean(MethodRun run, int[] rows, ToDoubleFunction<Scored> metric) {
        return IntStream.of(rows).mapToDouble(i -> metric.applyAsDouble(run.scores().get(i)))
                .filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
    }

    /** The raw holdout forecasts: {@code unique_id,ds,yhat,model}. */
    private static void writePredictions(Path file, List<HeldOutSeries> series, List<MethodRun> runs) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("unique_id,ds,yhat,model\n");
            for (MethodRun run : runs) {
                for (int i = 0; i < series.size(); i++) {
                    HeldOutSeries s = series.get(i);
                    double[] forecast = run.scores().get(i).forecast();
                    for (int h = 0; h < s.horizon(); h++) {
                        out.write(String.format(Locale.ROOT, "%s,%s,%.10g,%s\n", s.id(), s.heldOutDs(h), forecast[h],
                                run.name()));
                    }
                }
            }
        }
    }
}
