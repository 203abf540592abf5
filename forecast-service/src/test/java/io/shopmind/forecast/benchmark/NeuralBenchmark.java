package io.shopmind.forecast.benchmark;

import io.shopmind.forecast.baseline.SeasonalNaive;
import io.shopmind.forecast.ets.Ets;
import io.shopmind.forecast.evaluation.AccuracyMetrics;
import io.shopmind.forecast.model.FittedModel;
import io.shopmind.forecast.model.Forecast;
import io.shopmind.forecast.neural.DemandSeries;
import io.shopmind.forecast.neural.GlobalFit;
import io.shopmind.forecast.neural.GlobalNeuralForecaster;
import io.shopmind.forecast.neural.NeuralSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Training time of the global GRU on a simulated shop (default 1,000 products × 2 years of daily sales, weekly
 * season, trend, noise 5–30 % of the level) and its accuracy on the last 14 days, held out, beside seasonal
 * naive and automatic ETS fitted per series: mean MASE, mean sMAPE, and the coverage of the 80 % and 95 % intervals.
 *
 * <p>Run after {@code test-compile} with the test classpath, e.g.
 * {@code java -cp "$(cat cp.txt):forecast-service/target/classes:forecast-service/target/test-classes"
 * io.shopmind.forecast.benchmark.NeuralBenchmark [products] [days] [window seasons]}.
 */
public final class NeuralBenchmark {

    private static final int WEEK = 7;
    private static final int HORIZON = 14;

    private NeuralBenchmark() {
    }

    /** Accuracy of one method over all products. */
    private record Score(String method, double mase, double smape, double coverage80, double coverage95, double seconds) {

        String row() {
            return String.format(Locale.ROOT, "%-14s %8.3f %8.2f %8.1f %8.1f %10.1f", method, mase, smape,
                    100 * coverage80, 100 * coverage95, seconds);
        }
    }

    public static void main(String[] args) throws Exception {
        int products = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 730;
        int windowSeasons = args.length > 2 ? Integer.parseInt(args[2]) : NeuralSettings.defaults().windowSeasons();
        List<double[]> shop = DemandSeries.daily(products, days, 0.05, 0.30, true, 2024);
        List<double[]> history = new ArrayList<>();
        List<double[]> actual = new ArrayList<>();
        for (double[] y : shop) {
            history.add(Arrays.copyOf(y, days - HORIZON));
            actual.add(Arrays.copyOfRange(y, days - HORIZON, days));
        }
        System.out.printf(Locale.ROOT, "%d products x %d days, weekly season, holdout %d days, %d cores%n",
                products, days, HORIZON, Runtime.getRuntime().availableProcessors());

        NeuralSettings defaults = NeuralSettings.defaults();
        NeuralSettings settings = new NeuralSettings(HORIZON, windowSeasons, defaults.hiddenSize(), defaults.maxEpochs(),
                defaults.patience(), defaults.batchSize(), defaults.windowsPerSeries(), defaults.learningRate(),
                defaults.seed(), defaults.levels());
        // one small fit first, so that loading the native library is not counted as training
        long start = System.nanoTime();
        new GlobalNeuralForecaster(new NeuralSettings(HORIZON, 3, 4, 1, 1, 64, 1, 0.01, 1, new double[] {80}))
                .fitAll(history.subList(0, 1), WEEK);
        double load = seconds(start);
        start = System.nanoTime();
        GlobalFit fit = new GlobalNeuralForecaster(settings).fitAll(history, WEEK);
        double training = seconds(start);
        System.out.printf(Locale.ROOT, "engine load and warm-up %.1f s; training %.1f s: %d epochs (best %d), "
                        + "%d windows per epoch, hidden %d, window %d, validation pinball %.4f, %d fallbacks%n",
                load, training, fit.epochs(), fit.bestEpoch(), fit.windowsPerEpoch(), settings.hiddenSize(),
                settings.windowLength(WEEK), fit.validationLoss(), fit.fallbacks());

        start = System.nanoTime();
        List<FittedModel> naive = history.stream().map(y -> new SeasonalNaive().fit(y, WEEK)).toList();
        double naiveSeconds = seconds(start);
        start = System.nanoTime();
        List<FittedModel> ets = fitEts(history);
        double etsSeconds = seconds(start);

        System.out.println("method             MASE    sMAPE   cov80%   cov95%   fit (s)");
        System.out.println(score("GRU global", fit.models(), history, actual, training).row());
        System.out.println(score("seasonal naive", naive, history, actual, naiveSeconds).row());
        System.out.println(score("ETS (auto)", ets, history, actual, etsSeconds).row());
    }

    private static List<FittedModel> fitEts(List<double[]> history) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            List<Future<FittedModel>> futures = new ArrayList<>();
            for (double[] y : history) {
                futures.add(pool.submit(() -> Ets.auto().fit(y, WEEK)));
            }
            List<FittedModel> out = new ArrayList<>();
            for (Future<FittedModel> future : futures) {
                out.add(future.get());
            }
            return out;
        } finally {
            pool.shutdown();
        }
    }

    private static Score score(String method, List<FittedModel> models, List<double[]> history, List<double[]> actual,
                               double seconds) {
        double mase = 0;
        double smape = 0;
        double inside80 = 0;
        double inside95 = 0;
        for (int i = 0; i < models.size(); i++) {
            Forecast forecast = models.get(i).forecast(HORIZON, 80, 95);
            double[] y = actual.get(i);
            mase += AccuracyMetrics.mase(history.get(i), WEEK, y, forecast.mean());
            smape += AccuracyMetrics.smape(y, forecast.mean());
            inside80 += AccuracyMetrics.coverage(y, forecast.interval(80).lower(), forecast.interval(80).upper());
            inside95 += AccuracyMetrics.coverage(y, forecast.interval(95).lower(), forecast.interval(95).upper());
        }
        int n = models.size();
        return new Score(method, mase / n, smape / n, inside80 / n, inside95 / n, seconds);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
