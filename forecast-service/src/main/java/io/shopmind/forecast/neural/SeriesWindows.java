package io.shopmind.forecast.neural;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Input windows of {@code length} observations and the {@code horizon} observations after them, cut from
 * many series and each divided by its input's mean absolute value, so that series of any size share one
 * network (the per-window scaling of Hewamalage, Bergmeir &amp; Bandara 2021, "Recurrent Neural Networks for
 * Time Series Forecasting", IJF 37, section 3.2, with DeepAR's mean scale, Salinas et al. 2020, section 3.3).
 * Both are then centred by subtracting 1, so a window at its mean level reads as zeros; an all-zero input
 * keeps the scale 1.
 *
 * <p>The split is by time: each series' validation window is its last one, whose targets are the final
 * {@code horizon} observations; training windows have targets that end before those.
 */
final class SeriesWindows {

    private final List<double[]> series;
    private final int length;
    private final int horizon;

    SeriesWindows(List<double[]> series, int length, int horizon) {
        this.series = series;
        this.length = length;
        this.horizon = horizon;
    }

    int seriesCount() {
        return series.size();
    }

    int length() {
        return length;
    }

    int horizon() {
        return horizon;
    }

    /** Training windows of series {@code i}: they start at 0 .. count - 1. */
    int trainingCount(int i) {
        return Math.max(0, series.get(i).length - length - 2 * horizon + 1);
    }

    int trainingCount() {
        int total = 0;
        for (int i = 0; i < series.size(); i++) {
            total += trainingCount(i);
        }
        return total;
    }

    /** Whether series {@code i} has a full window with targets after it. */
    boolean hasValidation(int i) {
        return series.get(i).length >= length + horizon;
    }

    /** Whether series {@code i} is long enough to forecast from its last window. */
    boolean canForecast(int i) {
        return series.get(i).length >= length;
    }

    /**
     * One epoch's windows: up to {@code perSeries} starts from each series, drawn with replacement, in a
     * shuffled order; row r is series {@code result[0][r]} from {@code result[1][r]}.
     */
    int[][] drawTraining(int perSeries, SplittableRandom random) {
        int total = 0;
        for (int i = 0; i < series.size(); i++) {
            total += Math.min(perSeries, trainingCount(i));
        }
        int[] which = new int[total];
        int[] start = new int[total];
        int r = 0;
        for (int i = 0; i < series.size(); i++) {
            int count = trainingCount(i);
            for (int k = 0; k < Math.min(perSeries, count); k++) {
                which[r] = i;
                start[r] = random.nextInt(count);
                r++;
            }
        }
        for (int k = total - 1; k > 0; k--) {
            int j = random.nextInt(k + 1);
            int w = which[k];
            which[k] = which[j];
            which[j] = w;
            int s = start[k];
            start[k] = start[j];
            start[j] = s;
        }
        return new int[][] {which, start};
    }

    /** The last window with targets of every series that has one, for validation. */
    int[][] validation() {
        return lastWindows(length + horizon, horizon);
    }

    /** The last input window of every series long enough to forecast. */
    int[][] forecastOrigins() {
        return lastWindows(length, 0);
    }

    private int[][] lastWindows(int minimumLength, int targets) {
        int count = 0;
        for (double[] y : series) {
            count += y.length >= minimumLength ? 1 : 0;
        }
        int[] which = new int[count];
        int[] start = new int[count];
        int r = 0;
        for (int i = 0; i < series.size(); i++) {
            double[] y = series.get(i);
            if (y.length >= minimumLength) {
                which[r] = i;
                start[r] = y.length - length - targets;
                r++;
            }
        }
        return new int[][] {which, start};
    }

    /** The input window's scale: its mean absolute value, or 1 when it is all zeros. */
    double scale(int i, int start) {
        double[] y = series.get(i);
        double sum = 0;
        for (int t = start; t < start + length; t++) {
            sum += Math.abs(y[t]);
        }
        return sum > 0 ? sum / length : 1;
    }

    /** Writes the scaled, centred input of row {@code row} into {@code inputs} ({@code rows x length}). */
    void input(int i, int start, double scale, float[] inputs, int row) {
        double[] y = series.get(i);
        for (int t = 0; t < length; t++) {
            inputs[row * length + t] = (float) (y[start + t] / scale - 1);
        }
    }

    /** Writes the scaled, centred targets of row {@code row} into {@code targets} ({@code rows x horizon}). */
    void targets(int i, int start, double scale, float[] targets, int row) {
        double[] y = series.get(i);
        for (int t = 0; t < horizon; t++) {
            targets[row * horizon + t] = (float) (y[start + length + t] / scale - 1);
        }
    }
}
