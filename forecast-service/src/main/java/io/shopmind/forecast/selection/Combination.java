package io.shopmind.forecast.selection;

import io.shopmind.forecast.model.Forecast;
import io.shopmind.forecast.model.PredictionInterval;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How the forecasts of several models become one. The point forecast is the median (or mean) of the members'
 * point forecasts per step; each interval bound is the median (or mean) of the members' bounds at that level and
 * step, i.e. quantile averaging (Lichtendahl, Grushka-Cockayne &amp; Winkler 2013, "Is it better to average
 * probabilities or quantiles?", Management Science 59(7)). Since every member's interval contains its own point
 * forecast, the order statistics keep {@code lower <= mean <= upper} for the combination too.
 */
public enum Combination {
    MEDIAN, MEAN;

    /** {@code Median} or {@code Mean}, as a combined method is named. */
    public String label() {
        return this == MEDIAN ? "Median" : "Mean";
    }

    /** Combines forecasts of the same horizon and levels; {@code name} labels the result. */
    public Forecast combine(String name, List<Forecast> members) {
        if (members == null || members.isEmpty()) {
            throw new IllegalArgumentException("members must not be empty");
        }
        Forecast first = members.get(0);
        int horizon = first.horizon();
        double[] mean = new double[horizon];
        double[] values = new double[members.size()];
        for (int h = 0; h < horizon; h++) {
            for (int i = 0; i < members.size(); i++) {
                values[i] = members.get(i).mean()[h];
            }
            mean[h] = of(values);
        }
        List<PredictionInterval> intervals = new ArrayList<>(first.intervals().size());
        for (PredictionInterval reference : first.intervals()) {
            double[] lower = new double[horizon];
            double[] upper = new double[horizon];
            for (int h = 0; h < horizon; h++) {
                for (int i = 0; i < members.size(); i++) {
                    values[i] = members.get(i).interval(reference.level()).lower()[h];
                }
                lower[h] = of(values);
                for (int i = 0; i < members.size(); i++) {
                    values[i] = members.get(i).interval(reference.level()).upper()[h];
                }
                upper[h] = of(values);
            }
            intervals.add(new PredictionInterval(reference.level(), lower, upper));
        }
        return new Forecast(name, mean, List.copyOf(intervals));
    }

    /** The median or mean of {@code values} (an even count's median is the mean of the middle two). */
    public double of(double[] values) {
        if (this == MEAN) {
            double sum = 0;
            for (double v : values) {
                sum += v;
            }
            return sum / values.length;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : 0.5 * (sorted[middle - 1] + sorted[middle]);
    }
}
