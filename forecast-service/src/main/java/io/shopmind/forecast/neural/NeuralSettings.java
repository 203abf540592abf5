package io.shopmind.forecast.neural;

import java.util.Arrays;

/**
 * How the global network is shaped and trained.
 *
 * @param horizon          steps predicted at once (the longest forecast the fitted models give)
 * @param windowSeasons    seasons in an input window; the window is also at least twice the horizon
 * @param hiddenSize       the GRU's state size
 * @param maxEpochs        epochs at most
 * @param patience         epochs without a better validation loss before training stops
 * @param batchSize        windows per gradient step
 * @param windowsPerSeries windows drawn from each series per epoch (all, if it has fewer)
 * @param learningRate     Adam's step size
 * @param seed             seeds PyTorch's generator (initial weights) and the window draws
 * @param levels           interval levels in percent trained as quantile pairs, e.g. 80 and 95
 * @param cell             the recurrent cell
 */
public record NeuralSettings(int horizon, int windowSeasons, int hiddenSize, int maxEpochs, int patience,
                             int batchSize, int windowsPerSeries, double learningRate, int seed, double[] levels,
                             Cell cell) {

    /**
     * The recurrent cell: the gated recurrent unit (Cho et al. 2014) or the long short-term memory (Hochreiter &amp;
     * Schmidhuber 1997), with a memory cell beside the state.
     */
    public enum Cell { GRU, LSTM }

    /** A GRU network. */
    public NeuralSettings(int horizon, int windowSeasons, int hiddenSize, int maxEpochs, int patience, int batchSize,
                          int windowsPerSeries, double learningRate, int seed, double[] levels) {
        this(horizon, windowSeasons, hiddenSize, maxEpochs, patience, batchSize, windowsPerSeries, learningRate, seed,
                levels, Cell.GRU);
    }

    public NeuralSettings {
        positive("horizon", horizon);
        positive("windowSeasons", windowSeasons);
        positive("hiddenSize", hiddenSize);
        positive("maxEpochs", maxEpochs);
        positive("patience", patience);
        positive("batchSize", batchSize);
        positive("windowsPerSeries", windowsPerSeries);
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("learningRate must be positive, got " + learningRate);
        }
        if (levels == null || levels.length == 0) {
            throw new IllegalArgumentException("levels must name at least one interval level");
        }
        levels = levels.clone();
        Arrays.sort(levels);
        cell = cell == null ? Cell.GRU : cell;
        for (int k = 0; k < levels.length; k++) {
            if (!(levels[k] > 0 && levels[k] < 100) || (k > 0 && levels[k] == levels[k - 1])) {
                throw new IllegalArgumentException("levels must be distinct and lie strictly between 0 and 100, got "
                        + Arrays.toString(levels));
            }
        }
    }

    /**
     * 14 steps, 3 seasons, 32 hidden units, at most 30 epochs with patience 3, batches of 128, 32 windows per
     * series and epoch, learning rate 0.005, seed 42, 80 % and 95 % quantiles.
     */
    public static NeuralSettings defaults() {
        return new NeuralSettings(14, 3, 32, 30, 3, 128, 32, 0.005, 42, new double[] {80, 95});
    }

    public NeuralSettings withHorizon(int newHorizon) {
        return new NeuralSettings(newHorizon, windowSeasons, hiddenSize, maxEpochs, patience, batchSize,
                windowsPerSeries, learningRate, seed, levels, cell);
    }

    public NeuralSettings withSeed(int newSeed) {
        return new NeuralSettings(horizon, windowSeasons, hiddenSize, maxEpochs, patience, batchSize,
                windowsPerSeries, learningRate, newSeed, levels, cell);
    }

    public NeuralSettings withCell(Cell newCell) {
        return new NeuralSettings(horizon, windowSeasons, hiddenSize, maxEpochs, patience, batchSize,
                windowsPerSeries, learningRate, seed, levels, newCell);
    }

    /** Input length: {@code windowSeasons} seasons, and at least twice the horizon so short seasons still see enough history. */
    public int windowLength(int seasonalPeriod) {
        return Math.max(windowSeasons * seasonalPeriod, 2 * horizon);
    }

    /** The probabilities the network predicts: the median and both ends of each level's interval, ascending. */
    public double[] probabilities() {
        double[] p = new double[2 * levels.length + 1];
        p[levels.length] = 0.5;
        for (int k = 0; k < levels.length; k++) {
            p[levels.length - 1 - k] = 0.5 - levels[k] / 200;
            p[levels.length + 1 + k] = 0.5 + levels[k] / 200;
        }
        return p;
    }

    @Override
    public double[] levels() {
        return levels.clone();
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, got " + value);
        }
    }
}
