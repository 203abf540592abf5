package io.shopmind.forecast.benchmark;

import io.shopmind.forecast.arima.ArimaModel;
import io.shopmind.forecast.arima.AutoArima;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Fits per second of {@link AutoArima} on monthly (period 12, 10 years) and daily (period 7, 2 years) series,
 * on one thread and on all cores, beside R's {@code forecast::auto.arima} on the same series when
 * {@code Rscript} with the forecast package is installed; then the accuracy parity of the two: mean absolute
 * difference of AICc and of the 12-step forecasts, and how often both chose the same model.
 *
 * <p>Run after {@code test-compile} with the test classpath, e.g.
 * {@code java -cp "$(cat cp.txt):forecast-service/target/classes:forecast-service/target/test-classes"
 * io.shopmind.forecast.benchmark.AutoArimaBenchmark [seconds per measurement] [--no-r]}.
 */
public final class AutoArimaBenchmark {

    private static final int HORIZON = 12;

    private AutoArimaBenchmark() {
    }

    /** One result of auto.arima: the chosen model, its AICc and its 12-step forecasts. */
    record Fit(String model, double aicc, double[] forecast) {
    }

    /** Throughput and fits of one implementation on one group of series. */
    record Run(double fitsPerSecond, List<Fit> fits) {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 && !args[0].startsWith("--") ? Double.parseDouble(args[0]) : 5.0;
        boolean useR = !List.of(args).contains("--no-r");
        int cores = Runtime.getRuntime().availableProcessors();
        Optional<String> rVersion = useR ? RAutoArima.version() : Optional.empty();

        Map<String, List<BenchmarkSeries>> groups = Map.of(
                "monthly", BenchmarkSeries.monthly(),
                "daily", BenchmarkSeries.daily());
        List<String> rows = new ArrayList<>();
        for (String group : List.of("monthly", "daily")) {
            List<BenchmarkSeries> series = groups.get(group);
            Run single = timeOurs(series, 1, seconds);
            Run parallel = timeOurs(series, cores, seconds);
            String row = String.format(Locale.ROOT, "%-8s %6d %12.3f %12.3f", group, series.size(),
                    single.fitsPerSecond(), parallel.fitsPerSecond());
            if (rVersion.isPresent()) {
                Run r = RAutoArima.run(series, HORIZON);
                Parity parity = Parity.of(single.fits(), r.fits());
                row += String.format(Locale.ROOT, " %10.3f %8.1fx %10.3f %11.4f %9.2f%% %5d/%d",
                        r.fitsPerSecond(), single.fitsPerSecond() / r.fitsPerSecond(), parity.aicc(),
                        parity.forecast(), 100 * parity.relativeForecast(), parity.sameModel(), parity.compared());
            }
            rows.add(row);
        }
        System.out.printf(Locale.ROOT, "AutoArima throughput (%d cores, %.0f s per measurement)%s%n", cores, seconds,
                rVersion.map(v -> "; R: " + v).orElse("; R with forecast not found: R columns skipped"));
        String header = String.format(Locale.ROOT, "%-8s %6s %12s %12s", "series", "count", "ours 1 core",
                "ours " + cores + " core");
        if (rVersion.isPresent()) {
            header += String.format(Locale.ROOT, " %10s %9s %10s %11s %10s %7s", "R 1 core", "speedup", "|dAICc|",
                    "|dForecast|", "rel", "same");
        }
        System.out.println(header);
        rows.forEach(System.out::println);
        System.out.println("fits/s; |dAICc| and |dForecast| are mean absolute differences ours vs R over the series,"
                + " rel is |dForecast| over the mean |forecast|, same counts identical model choices.");
    }

    /**
     * Fits every series once, then again until {@code seconds} have passed; the throughput counts the passes after
     * the first (which warms the JIT), or the first alone when it already took that long.
     */
    private static Run timeOurs(List<BenchmarkSeries> series, int threads, double seconds)
            throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long first = System.nanoTime();
            List<Fit> fits = fitAll(series, pool);
            long start = System.nanoTime();
            if (start - first >= seconds * 1e9) {
                return new Run(series.size() / ((start - first) / 1e9), fits);
            }
            long fitted = 0;
            do {
                fitAll(series, pool);
                fitted += series.size();
            } while (System.nanoTime() - start < seconds * 1e9);
            double elapsed = (System.nanoTime() - start) / 1e9;
            return new Run(fitted / elapsed, fits);
        } finally {
            pool.shutdown();
        }
    }

    private static List<Fit> fitAll(List<BenchmarkSeries> series, ExecutorService pool)
            throws InterruptedException, ExecutionException {
        List<Future<Fit>> futures = new ArrayList<>(series.size());
        for (BenchmarkSeries s : series) {
            futures.add(pool.submit(() -> fit(s)));
        }
        List<Fit> fits = new ArrayList<>(series.size());
        for (Future<Fit> f : futures) {
            fits.add(f.get());
        }
        return fits;
    }

    private static Fit fit(BenchmarkSeries s) {
        try {
            ArimaModel model = new AutoArima().fit(s.values(), s.period());
            return new Fit(model.name(), model.aicc(), model.forecast(HORIZON).mean());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Mean absolute differences between two lists of fits of the same series, skipping failed fits. */
    record Parity(double aicc, double forecast, double relativeForecast, int sameModel, int compared) {

        static Parity of(List<Fit> ours, List<Fit> theirs) {
            double aicc = 0;
            double forecast = 0;
            double level = 0;
            int same = 0;
            int compared = 0;
            for (int i = 0; i < ours.size(); i++) {
                Fit a = ours.get(i);
                Fit b = theirs.get(i);
                if (a == null || b == null) {
                    continue;
                }
                compared++;
                aicc += Math.abs(a.aicc() - b.aicc());
                for (int h = 0; h < HORIZON; h++) {
                    forecast += Math.abs(a.forecast()[h] - b.forecast()[h]) / HORIZON;
                    level += Math.abs(b.forecast()[h]) / HORIZON;
                }
                if (a.model().equals(b.model())) {
                    same++;
                }
            }
            return new Parity(aicc / compared, forecast / compared, forecast / level, same, compared);
        }
    }

    static void write(Path file, List<String> lines) {
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
