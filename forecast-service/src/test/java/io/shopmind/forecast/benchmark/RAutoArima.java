package io.shopmind.forecast.benchmark;

import io.shopmind.forecast.benchmark.AutoArimaBenchmark.Fit;
import io.shopmind.forecast.benchmark.AutoArimaBenchmark.Run;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs R's {@code forecast::auto.arima} on the benchmark's series through {@code Rscript}: the series go out as a
 * CSV in a temporary directory, R times its own loop (so start-up and package loading are not counted) and
 * writes each model, AICc and forecasts back.
 */
final class RAutoArima {

    private static final String SCRIPT = """
            suppressPackageStartupMessages(library(forecast))
            options(warn = -1)
            args <- commandArgs(TRUE)
            h <- as.integer(args[3])
            fields <- strsplit(readLines(args[1]), ",")
            series <- lapply(fields, function(f) ts(as.numeric(strsplit(f[3], " ")[[1]]), frequency = as.integer(f[2])))
            invisible(auto.arima(series[[1]]))
            fits <- vector("list", length(series))
            start <- proc.time()[["elapsed"]]
            for (i in seq_along(series)) {
              fits[i] <- list(tryCatch(auto.arima(series[[i]]), error = function(e) NULL))
            }
            elapsed <- proc.time()[["elapsed"]] - start
            out <- c(sprintf("elapsed,%.6f", elapsed))
            for (i in seq_along(fits)) {
              fit <- fits[[i]]
              if (is.null(fit)) {
                out <- c(out, paste(fields[[i]][1], "NA", "NA", "NA", sep = "|"))
              } else {
                fc <- forecast(fit, h = h)$mean
                out <- c(out, paste(fields[[i]][1], forecast:::arima.string(fit, padding = FALSE),
                  sprintf("%.12g", fit$aicc), paste(sprintf("%.12g", fc), collapse = " "), sep = "|"))
              }
            }
            writeLines(out, args[2])
            """;

    private RAutoArima() {
    }

    /** R's and the forecast package's versions, or empty when Rscript or the package is missing. */
    static Optional<String> version() {
        try {
            Process process = new ProcessBuilder("Rscript", "-e",
                    "suppressPackageStartupMessages(library(forecast)); cat(R.version.string, 'forecast',"
                            + " format(packageVersion('forecast')))")
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return Optional.empty();
            }
            return Optional.of(output);
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Fits every series once in R; the throughput is R's single-threaded loop. */
    static Run run(List<BenchmarkSeries> series, int horizon) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("auto-arima-benchmark");
        try {
            Path input = dir.resolve("series.csv");
            Path output = dir.resolve("fits.csv");
            Path script = dir.resolve("auto_arima.R");
            Files.writeString(script, SCRIPT);
            AutoArimaBenchmark.write(input, series.stream()
                    .map(s -> s.name() + "," + s.period() + "," + Arrays.stream(s.values())
                            .mapToObj(v -> String.format(Locale.ROOT, "%.17g", v)).collect(Collectors.joining(" ")))
                    .toList());
            Process process = new ProcessBuilder("Rscript", script.toString(), input.toString(), output.toString(),
                    Integer.toString(horizon)).inheritIO().start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("Rscript failed with exit code " + process.exitValue());
            }
            List<String> lines = Files.readAllLines(output);
            double elapsed = Double.parseDouble(lines.get(0).substring("elapsed,".length()));
            List<Fit> fits = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\\|");
                if (f[1].equals("NA")) {
                    fits.add(null);
                } else {
                    double[] fc = Arrays.stream(f[3].split(" ")).mapToDouble(Double::parseDouble).toArray();
                    fits.add(new Fit(f[1], Double.parseDouble(f[2]), fc));
                }
            }
            return new Run(series.size() / elapsed, fits);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
