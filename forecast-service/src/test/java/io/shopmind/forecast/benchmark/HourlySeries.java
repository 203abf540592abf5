package io.shopmind.forecast.benchmark;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Hourly series shaped like the M4 competition's hourly set (414 series of 700 or 960 observations, forecast 48 hours
 * ahead), which this repository does not ship: a level drawn log-uniformly over three decades, a daily profile and a
 * weekly one (each a sum of three harmonics with random amplitudes and phases, the weekly one weaker), a slow trend
 * of up to ±20 % over the series, and multiplicative noise of 3–15 %, from a fixed seed. One long-format CSV with
 * date-times as {@code ds}.
 */
final class HourlySeries {

    private HourlySeries() {
    }

    static List<double[]> generate(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<double[]> out = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            int n = random.nextInt(4) == 0 ? 700 + 48 : 960 + 48;
            double level = Math.pow(10, 1 + 3 * random.nextDouble());
            double[] daily = profile(random, 24, 0.5);
            double[] weekly = profile(random, 168, 0.15);
            double trend = (random.nextDouble() - 0.5) * 0.4;
            double noise = 0.03 + 0.12 * random.nextDouble();
            double[] y = new double[n];
            for (int t = 0; t < n; t++) {
                double shape = 1 + daily[t % 24] + weekly[t % 168];
                y[t] = Math.max(0, level * (1 + trend * t / n) * shape * (1 + noise * random.nextGaussian()));
            }
            out.add(y);
        }
        return out;
    }

    private static double[] profile(SplittableRandom random, int period, double scale) {
        double[] p = new double[period];
        for (int harmonic = 1; harmonic <= 3; harmonic++) {
            double amplitude = scale * random.nextDouble() / harmonic;
            double phase = 2 * Math.PI * random.nextDouble();
            for (int t = 0; t < period; t++) {
                p[t] += amplitude * Math.sin(2 * Math.PI * harmonic * t / period + phase);
            }
        }
        return p;
    }

    static void write(List<double[]> series, Path file) throws IOException {
        LocalDateTime start = LocalDateTime.of(2017, 1, 2, 0, 0);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("unique_id,ds,y\n");
            for (int k = 0; k < series.size(); k++) {
                double[] y = series.get(k);
                for (int t = 0; t < y.length; t++) {
                    out.write(String.format(Locale.ROOT, "H%d,%s,%.3f%n", k + 1,
                            start.plusHours(t).toString().replace('T', ' '), y[t]));
                }
            }
        }
    }
}
