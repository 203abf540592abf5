package io.shopmind.forecast.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The benchmark's series: simulated seasonal ARIMA processes from a fixed seed (Box, Jenkins and Reinsel,
 * <i>Time Series Analysis</i>, ch. 9: the multiplicative model, integrated d and D times) and the real monthly
 * series shipped in {@code r-datasets}.
 *
 * @param name   a unique name, also the id in the CSV handed to R
 * @param period the seasonal period
 * @param values the observations, oldest first
 */
record BenchmarkSeries(String name, int period, double[] values) {

    private static final long SEED = 20_240_611L;

    /**
     * A template of the simulated processes: orders and ranges drawn for the coefficients.
     * Nonseasonal AR/MA coefficients are drawn in (-0.7, 0.7), seasonal in (-0.8, 0.8) (stationary, invertible).
     */
    private record Template(int p, int d, int q, int P, int D, int Q, boolean mean) {
    }

    private static final List<Template> TEMPLATES = List.of(
            new Template(0, 1, 1, 0, 1, 1, false),
            new Template(1, 0, 0, 1, 0, 0, true),
            new Template(1, 1, 0, 0, 1, 1, false),
            new Template(2, 0, 0, 0, 1, 1, false),
            new Template(0, 1, 2, 1, 0, 0, false),
            new Template(1, 0, 1, 0, 1, 0, true));

    /** 24 simulated 10-year monthly series and R's AirPassengers and USAccDeaths. */
    static List<BenchmarkSeries> monthly() {
        List<BenchmarkSeries> out = simulate("monthly", 12, 120, 24, new SplittableRandom(SEED));
        out.add(new BenchmarkSeries("AirPassengers", 12, load("AirPassengers")));
        out.add(new BenchmarkSeries("USAccDeaths", 12, load("USAccDeaths")));
        return out;
    }

    /** 12 simulated 2-year daily series with a weekly season. */
    static List<BenchmarkSeries> daily() {
        return simulate("daily", 7, 730, 12, new SplittableRandom(SEED + 1));
    }

    private static List<BenchmarkSeries> simulate(String prefix, int m, int n, int count, SplittableRandom random) {
        List<BenchmarkSeries> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            Template t = TEMPLATES.get(k % TEMPLATES.size());
            double[] phi = multiply(arPolynomial(random, t.p(), 1, 0.7), arPolynomial(random, t.P(), m, 0.8));
            double[] theta = multiply(maPolynomial(random, t.q(), 1, 0.7), maPolynomial(random, t.Q(), m, 0.8));
            double level = t.mean() ? 50 + 100 * random.nextDouble() : 0;
            double sigma = 1 + 4 * random.nextDouble();
            double[] y = sarima(phi, theta, t.d(), t.D(), m, n, sigma, random);
            for (int i = 0; i < n; i++) {
                y[i] += level + 200;
            }
            out.add(new BenchmarkSeries(prefix + "-" + k, m, y));
        }
        return out;
    }

    /** The polynomial 1 - c_1 B^lag - ... as an array indexed by power, coefficients in (-bound, bound). */
    private static double[] arPolynomial(SplittableRandom random, int order, int lag, double bound) {
        double[] poly = new double[order * lag + 1];
        poly[0] = 1;
        for (int i = 1; i <= order; i++) {
            // Divided by the order so that the sum of |coefficients| stays below one: stationary
            poly[i * lag] = -(2 * random.nextDouble() - 1) * bound / order;
        }
        return poly;
    }

    /** The polynomial 1 + c_1 B^lag + ..., invertible by the same bound. */
    private static double[] maPolynomial(SplittableRandom random, int order, int lag, double bound) {
        double[] poly = arPolynomial(random, order, lag, bound);
        for (int i = 1; i < poly.length; i++) {
            poly[i] = -poly[i];
        }
        return poly;
    }

    private static double[] multiply(double[] a, double[] b) {
        double[] ab = new double[a.length + b.length - 1];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                ab[i + j] += a[i] * b[j];
            }
        }
        return ab;
    }

    /** phi(B) w_t = theta(B) e_t after a burn-in, then integrated D times at lag m and d times at lag 1. */
    private static double[] sarima(double[] phi, double[] theta, int d, int D, int m, int n, double sigma,
                                   SplittableRandom random) {
        int burnIn = 500;
        int total = n + burnIn;
        double[] e = new double[total];
        double[] w = new double[total];
        for (int t = 0; t < total; t++) {
            e[t] = sigma * gaussian(random);
            double v = e[t];
            for (int j = 1; j < theta.length && j <= t; j++) {
                v += theta[j] * e[t - j];
            }
            for (int j = 1; j < phi.length && j <= t; j++) {
                v -= phi[j] * w[t - j];
            }
            w[t] = v;
        }
        double[] y = new double[n];
        System.arraycopy(w, burnIn, y, 0, n);
        for (int i = 0; i < D; i++) {
            for (int t = m; t < n; t++) {
                y[t] += y[t - m];
            }
        }
        for (int i = 0; i < d; i++) {
            for (int t = 1; t < n; t++) {
                y[t] += y[t - 1];
            }
        }
        return y;
    }

    private static double gaussian(SplittableRandom random) {
        // Box-Muller: one draw per call keeps the stream simple to reproduce
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** A {@code time,value} CSV of {@code src/test/resources/r-datasets}. */
    static double[] load(String name) {
        String path = "/r-datasets/" + name + ".csv";
        try (InputStream in = BenchmarkSeries.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = reader.lines().skip(1).filter(l -> !l.isBlank()).toList();
            double[] values = new double[lines.size()];
            for (int i = 0; i < values.length; i++) {
                String line = lines.get(i);
                values[i] = Double.parseDouble(line.substring(line.indexOf(',') + 1).trim());
            }
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
