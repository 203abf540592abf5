package io.shopmind.forecast.neural;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.recurrent.GRU;
import ai.djl.nn.recurrent.LSTM;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import io.shopmind.forecast.baseline.GaussianIntervals;
import io.shopmind.forecast.baseline.Naive;
import io.shopmind.forecast.baseline.SeasonalNaive;
import io.shopmind.forecast.model.FittedModel;
import io.shopmind.forecast.model.GlobalForecaster;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A global recurrent forecaster: one GRU (Cho et al. 2014) or LSTM (Hochreiter &amp; Schmidhuber 1997,
 * {@link NeuralSettings#cell()}) trained across all series on windows scaled by
 * their mean (see {@link SeriesWindows}), reading the window and emitting, through one linear layer over its
 * last state and the window itself, the quantiles of every step up to the horizon at once (the multi-input
 * multi-output strategy of Hewamalage, Bergmeir &amp; Bandara 2021, section 3.4; quantile outputs trained with
 * the pinball loss as in Wen et al. 2017). The trained quantiles are the median and both ends of each level in {@link NeuralSettings#levels()}
 * (default 80 % and 95 %, so probabilities 2.5, 10, 50, 90, 97.5 %); see {@link QuantilePaths} for other levels.
 *
 * <p>Training: Adam at a fixed learning rate, mini-batches of windows drawn afresh each epoch from the
 * training part of each series, and early stopping on the pinball loss of each series' last window (whose
 * targets are never trained on): after {@code patience} epochs without improvement, or {@code maxEpochs},
 * the forecasts of the best epoch are kept. Forecasts are made eagerly for every series at that epoch, so
 * the fitted models hold plain arrays and no native memory.
 *
 * <p>Series shorter than the window fall back to seasonal naive (naive when shorter than a season), and so
 * do all series when none is long enough to train on (a window plus twice the horizon).
 *
 * <p>Determinism: the seed fixes PyTorch's generator (the initial weights) and the window draws, and training
 * runs one at a time in the JVM so no other fit moves the generator in between. On the CPU engine the same
 * seed and data give the same forecasts with the same number of intra-op threads ({@link PyTorchEngine} sets
 * one unless told otherwise); another thread count may change the order of float sums and so the last digits.
 *
 * @param settings the network's shape and training schedule
 */
public record GlobalNeuralForecaster(NeuralSettings settings) implements GlobalForecaster {

    private static final Object TRAINING = new Object();

    public GlobalNeuralForecaster {
        if (settings == null) {
            throw new IllegalArgumentException("settings must not be null");
        }
    }

    public GlobalNeuralForecaster() {
        this(NeuralSettings.defaults());
    }

    /** Trains on this one series alone: a global model of one. Prefer {@link #fitAll} for many series. */
    @Override
    public FittedModel fit(double[] y, int seasonalPeriod) {
        GaussianIntervals.checkSeries(y, seasonalPeriod, 1);
        return fitAll(List.of(y), seasonalPeriod).models().get(0);
    }

    /** Trains one network for {@code horizon} steps on all series: the candidate a selection backtests. */
    @Override
    public List<FittedModel> fitGlobal(List<double[]> series, int seasonalPeriod, int horizon) {
        return new GlobalNeuralForecaster(settings.withHorizon(horizon)).fitAll(series, seasonalPeriod).models();
    }

    /**
     * Trains one network on all {@code series} and returns a fitted model per series.
     *
     * @param series         observations of each series, oldest first, without missing values
     * @param seasonalPeriod observations per season, shared by all series
     */
    public GlobalFit fitAll(List<double[]> series, int seasonalPeriod) {
        if (series == null || series.isEmpty()) {
            throw new IllegalArgumentException("series must not be empty");
        }
        if (seasonalPeriod < 1) {
            throw new IllegalArgumentException("seasonalPeriod must be at least 1, got " + seasonalPeriod);
        }
        for (int i = 0; i < series.size(); i++) {
            try {
                GaussianIntervals.checkSeries(series.get(i), seasonalPeriod, 1);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("series[" + i + "]: " + e.getMessage(), e);
            }
        }
        List<double[]> copies = series.stream().map(double[]::clone).toList();
        SeriesWindows windows = new SeriesWindows(copies, settings.windowLength(seasonalPeriod), settings.horizon());
        Training training = windows.trainingCount() == 0 ? Training.none(copies.size()) : train(windows);

        String name = settings.cell() + "-global(L=" + windows.length() + ",h=" + settings.horizon() + ")";
        List<FittedModel> models = new ArrayList<>(copies.size());
        int fallbacks = 0;
        for (int i = 0; i < copies.size(); i++) {
            double[][] quantiles = training.quantiles()[i];
            if (quantiles != null) {
                models.add(new QuantilePaths(name, settings.probabilities(), quantiles));
            } else {
                double[] y = copies.get(i);
                models.add(y.length >= seasonalPeriod ? new SeasonalNaive().fit(y, seasonalPeriod) : new Naive().fit(y, 1));
                fallbacks++;
            }
        }
        return new GlobalFit(models, fallbacks, training.epochs(), training.bestEpoch(), training.validationLoss(),
                training.windowsPerEpoch());
    }

    /** What training produced: per series (null where too short to forecast) the quantiles {@code [step][probability]}. */
    private record Training(double[][][] quantiles, int epochs, int bestEpoch, double validationLoss, int windowsPerEpoch) {
        static Training none(int series) {
            return new Training(new double[series][][], 0, 0, Double.NaN, 0);
        }
    }

    private Training train(SeriesWindows windows) {
        synchronized (TRAINING) {
            Engine engine = PyTorchEngine.load();
            engine.setRandomSeed(settings.seed());
            double[] probabilities = settings.probabilities();
            int outputs = settings.horizon() * probabilities.length;
            try (Model model = Model.newInstance("global-" + settings.cell().name().toLowerCase(java.util.Locale.ROOT), Device.cpu(), engine.getEngineName())) {
                model.setBlock(network(outputs));
                DefaultTrainingConfig config = new DefaultTrainingConfig(new PinballLoss(probabilities))
                        .optDevices(new Device[] {Device.cpu()})
                        .optOptimizer(Optimizer.adam()
                                .optLearningRateTracker(Tracker.fixed((float) settings.learningRate()))
                                .build());
                try (Trainer trainer = model.newTrainer(config)) {
                    trainer.initialize(new Shape(1, windows.length(), 1));
                    return epochs(trainer, windows, probabilities);
                }
            }
        }
    }

    /**
     * The GRU's last state beside the window itself, then one linear layer to every step's quantiles. The
     * window's direct path is LSTNet's autoregressive highway (Lai et al. 2018, section 3.6): the linear part
     * of the answer, such as averaging past seasons, is learnt in a few epochs, and the recurrent cell adds what is not linear.
     */
    private SequentialBlock network(int outputs) {
        SequentialBlock recurrent = new SequentialBlock()
                .add(cell())
                .add(LambdaBlock.singleton(states -> states.get(":, -1, :"), "last-state"));
        // reads only the first array: the recurrent cell adds its initial state(s) to the input list both branches share
        LambdaBlock window = new LambdaBlock(
                inputs -> new NDList(inputs.get(0).reshape(inputs.get(0).getShape().get(0), -1)), "window");
        ParallelBlock features = new ParallelBlock(
                branches -> new NDList(NDArrays.concat(new NDList(branches.get(0).get(0), branches.get(1).get(0)), 1)),
                List.of(window, recurrent));
        return new SequentialBlock()
                .add(features)
                .add(Linear.builder().setUnits(outputs).build());
    }

    private AbstractBlock cell() {
        return settings.cell() == NeuralSettings.Cell.LSTM
                ? LSTM.builder().setStateSize(settings.hiddenSize()).setNumLayers(1).optBatchFirst(true).build()
                : GRU.builder().setStateSize(settings.hiddenSize()).setNumLayers(1).optBatchFirst(true).build();
    }

    private Training epochs(Trainer trainer, SeriesWindows windows, double[] probabilities) {
        SplittableRandom random = new SplittableRandom(settings.seed());
        int[][] validation = windows.validation();
        double best = Double.POSITIVE_INFINITY;
        int bestEpoch = 0;
        int epoch = 0;
        int drawn = 0;
        double[][][] quantiles = null;
        while (epoch < settings.maxEpochs() && epoch - bestEpoch < settings.patience()) {
            epoch++;
            int[][] draw = windows.drawTraining(settings.windowsPerSeries(), random);
            drawn = draw[0].length;
            for (int from = 0; from < drawn; from += settings.batchSize()) {
                int to = Math.min(drawn, from + settings.batchSize());
                try (NDManager batch = trainer.getManager().newSubManager()) {
                    NDList[] data = batch(batch, windows, draw, from, to);
                    try (GradientCollector collector = trainer.newGradientCollector()) {
                        NDList predictions = trainer.forward(data[0]);
                        collector.backward(trainer.getLoss().evaluate(data[1], predictions));
                    }
                    trainer.step();
                }
            }
            double loss = validationLoss(trainer, windows, validation);
            if (loss < best) {
                best = loss;
                bestEpoch = epoch;
                quantiles = forecasts(trainer, windows, probabilities);
            }
        }
        // a loss that was never finite leaves no forecasts: every series falls back
        return new Training(quantiles != null ? quantiles : new double[windows.seriesCount()][][], epoch, bestEpoch, best, drawn);
    }

    /** Mean pinball loss over all validation windows. */
    private double validationLoss(Trainer trainer, SeriesWindows windows, int[][] validation) {
        double sum = 0;
        int rows = validation[0].length;
        for (int from = 0; from < rows; from += settings.batchSize()) {
            int to = Math.min(rows, from + settings.batchSize());
            try (NDManager batch = trainer.getManager().newSubManager()) {
                NDList[] data = batch(batch, windows, validation, from, to);
                NDArray loss = trainer.getLoss().evaluate(data[1], trainer.evaluate(data[0]));
                sum += loss.getFloat() * (to - from);
            }
        }
        return sum / rows;
    }

    /** Inputs {@code (rows, length, 1)} and targets {@code (rows, horizon)} of rows {@code from .. to - 1}. */
    private static NDList[] batch(NDManager manager, SeriesWindows windows, int[][] rows, int from, int to) {
        int count = to - from;
        float[] inputs = new float[count * windows.length()];
        float[] targets = new float[count * windows.horizon()];
        for (int r = 0; r < count; r++) {
            int i = rows[0][from + r];
            int start = rows[1][from + r];
            double scale = windows.scale(i, start);
            windows.input(i, start, scale, inputs, r);
            windows.targets(i, start, scale, targets, r);
        }
        return new NDList[] {
                new NDList(manager.create(inputs, new Shape(count, windows.length(), 1))),
                new NDList(manager.create(targets, new Shape(count, windows.horizon())))};
    }

    /** Every forecastable series' quantiles from its last window, rescaled and sorted per step. */
    private double[][][] forecasts(Trainer trainer, SeriesWindows windows, double[] probabilities) {
        int[][] origins = windows.forecastOrigins();
        int rows = origins[0].length;
        int horizon = windows.horizon();
        int count = probabilities.length;
        double[][][] out = new double[windows.seriesCount()][][];
        for (int from = 0; from < rows; from += settings.batchSize()) {
            int to = Math.min(rows, from + settings.batchSize());
            try (NDManager batch = trainer.getManager().newSubManager()) {
                float[] inputs = new float[(to - from) * windows.length()];
                double[] scales = new double[to - from];
                for (int r = 0; r < to - from; r++) {
                    scales[r] = windows.scale(origins[0][from + r], origins[1][from + r]);
                    windows.input(origins[0][from + r], origins[1][from + r], scales[r], inputs, r);
                }
                NDArray x = batch.create(inputs, new Shape(to - from, windows.length(), 1));
                float[] predicted = trainer.evaluate(new NDList(x)).singletonOrThrow().toFloatArray();
                for (int r = 0; r < to - from; r++) {
                    double[][] q = new double[horizon][count];
                    for (int h = 0; h < horizon; h++) {
                        for (int k = 0; k < count; k++) {
                            q[h][k] = (predicted[(r * horizon + h) * count + k] + 1) * scales[r];
                        }
                        Arrays.sort(q[h]);
                    }
                    out[origins[0][from + r]] = q;
                }
            }
        }
        return out;
    }
}
