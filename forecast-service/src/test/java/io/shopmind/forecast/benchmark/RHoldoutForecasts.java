package io.shopmind.forecast.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Fits R's {@code forecast::auto.arima} and {@code forecast::ets}, with their defaults, to the training part of
 * each series through {@code Rscript} and returns their forecasts over the holdout. The training parts go out as a
 * CSV in a temporary directory with the seasonal period and horizon we use, so R sees exactly our data; R times each
 * model's loop itself, so start-up and package loading are not counted.
 */
final class RHoldoutForecasts {

    private static final String SCRIPT = """
            suppressPackageStartupMessages(library(forecast))
            options(warn = -1)
            args <- commandArgs(TRUE)
            fields <- strsplit(readLines(args[1]), ",")
            series <- lapply(fields, function(f) ts(as.numeric(strsplit(f[4], " ")[[1]]), frequency = as.integer(f[2])))
            horizons <- sapply(fields, function(f) as.integer(f[3]))
            methods <- list(auto.arima = function(y) auto.arima(y), ets = function(y) ets(y))
            describe <- list(auto.arima = function(fit) forecast:::arima.string(fit, padding = FALSE),
                             ets = function(fit) fit$method)
            out <- character(0)
            for (name in names(methods)) {
              invisible(methods[[name]](series[[1]]))
              fits <- vector("list", length(series))
              start <- proc.time()[["elapsed"]]
              for (i in seq_along(series)) {
                fits[i] <- list(tryCatch(methods[[name]](series[[i]]), error = function(e) NULL))
              }
              out <- c(out, sprintf("elapsed|%s|%.6f", name, proc.time()[["elapsed"]] - start))
              for (i in seq_along(fits)) {
                fit <- fits[[i]]
                if (is.null(fit)) {
                  out <- c(out, paste(name, fields[[i]][1], "NA", "NA", sep = "|"))
                } else {
                  fc <- forecast(fit, h = horizons[i])$mean
                  out <- c(out, paste(name, fields[[i]][1], describe[[name]](fit),
                    paste(sprintf("%.12g", fc), collapse = " "), sep = "|"))
                }
              }
            }
            writeLines(out, args[2])
            """;

    /** R's fit of one series: the model it chose and its forecast, or null forecast when R failed. */
    record Fit(String model, double[] forecast) {
    }

    /** One R method's results by series id and the seconds its loop took. */
    record Method(double seconds, Map<String, Fit> fits) {
    }

    private RHoldoutForecasts() {
    }

    /** {@code auto.arima} and {@code ets} on every series' training part, keyed {@code "auto.arima"} and {@code "ets"}. */
    static Map<String, Method> run(List<HeldOutSeries> series) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("r-accuracy");
        try {
            Path input = dir.resolve("train.csv");
            Path output = dir.resolve("forecasts.txt");
            Path script = dir.resolve("holdout.R");
            Files.writeString(script, SCRIPT);
            Files.write(input, series.stream()
                    .map(s -> s.id() + "," + s.period() + "," + s.horizon() + "," + Arrays.stream(s.train())
                            .mapToObj(v -> String.format(Locale.ROOT, "%.17g", v)).collect(Collectors.joining(" ")))
                    .toList());
            Process process = new ProcessBuilder("Rscript", script.toString(), input.toString(), output.toString())
                    .inheritIO().start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("Rscript failed with exit code " + process.exitValue());
            }
            Map<String, Double> seconds = new HashMap<>();
            Map<String, Map<String, Fit>> fits = new HashMap<>();
            for (String line : Files.readAllLines(output)) {
                String[] f = line.split("\\|");
                if (f[0].equals("elapsed")) {
                    seconds.put(f[1], Double.parseDouble(f[2]));
                } else {
                    double[] forecast = f[3].equals("NA") ? null
                            : Arrays.stream(f[3].split(" ")).mapToDouble(Double::parseDouble).toArray();
                    fits.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[1], new Fit(f[2], forecast));
                }
            }
            Map<String, Method> methods = new HashMap<>();
            for (String name : seconds.keySet()) {
                methods.put(name, new Method(seconds.get(name), fits.getOrDefault(name, Map.of())));
            }
            return methods;
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
