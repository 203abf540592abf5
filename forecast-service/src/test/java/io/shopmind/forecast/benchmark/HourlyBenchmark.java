package io.shopmind.forecast.benchmark;

import io.shopmind.forecast.cli.ForecastCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Times the command line's {@code forecast} and {@code evaluate} with the default models on hourly series shaped
 * like the M4 hourly set ({@link HourlySeries}: 414 series of 700 or 960 hours plus 48 held out, daily and weekly
 * profiles), 48 hours ahead, season 24. Prints each command's wall time; {@code evaluate} also prints its table.
 *
 * <p>Run after {@code test-compile} with the test classpath:
 * {@code java -cp "$(cat cp.txt):forecast-service/target/classes:forecast-service/target/test-classes"
 * io.shopmind.forecast.benchmark.HourlyBenchmark [series] [threads]}.
 */
public final class HourlyBenchmark {

    private HourlyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 414;
        String threads = args.length > 1 ? args[1] : "2";
        List<double[]> series = HourlySeries.generate(count, 2018);
        Path dir = Files.createTempDirectory("hourly");
        Path data = dir.resolve("hourly.csv");
        HourlySeries.write(series, data);
        System.out.printf(Locale.ROOT, "%d hourly series, %d observations, horizon 48, season 24, %s threads%n",
                count, series.stream().mapToInt(y -> y.length).sum(), threads);
        long start = System.nanoTime();
        ForecastCommand.main(new String[] {"forecast", "--data", data.toString(), "--horizon", "48", "--season", "24",
                "--threads", threads, "--output", dir.resolve("forecast.json").toString()});
        System.out.printf(Locale.ROOT, "forecast (backtest and default ensemble per series): %.1f s%n",
                (System.nanoTime() - start) / 1e9);
        start = System.nanoTime();
        ForecastCommand.main(new String[] {"evaluate", "--data", data.toString(), "--horizon", "48", "--season", "24",
                "--threads", threads, "--predictions", dir.resolve("forecasts.csv").toString()});
        System.out.printf(Locale.ROOT, "evaluate (last 48 hours held out, every model and selection row): %.1f s%n",
                (System.nanoTime() - start) / 1e9);
    }
}
