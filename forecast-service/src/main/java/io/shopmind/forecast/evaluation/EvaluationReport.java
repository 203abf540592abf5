package io.shopmind.forecast.evaluation;

import io.shopmind.forecast.model.PredictionInterval;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outcome of a holdout evaluation.
 *
 * @param horizon the number of held-out observations per series
 * @param levels  the interval levels, in percent
 * @param naive2  the Naive2 benchmark's summary (the OWA reference)
 * @param models  one summary per candidate, in the order given
 * @param scores  one result per candidate and series
 * @param series  the evaluated series by id, for the CSV timestamps
 */
public record EvaluationReport(int horizon, double[] levels, ModelSummary naive2, List<ModelSummary> models,
                               List<SeriesScore> scores, Map<String, HoldoutSeries> series) {

    /** The summary of the named candidate. */
    public ModelSummary model(String name) {
        return models.stream().filter(s -> s.model().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("name " + name + " was not evaluated"));
    }

    /**
     * Writes the raw holdout forecasts as CSV: {@code unique_id,ds,yhat,model}, then
     * {@code lo-<level>,hi-<level>} per level, then the actual value {@code y}.
     */
    public void writeCsv(Writer out) {
        try {
            StringBuilder header = new StringBuilder("unique_id,ds,yhat,model");
            for (double level : levels) {
                String label = formatLevel(level);
                header.append(",lo-").append(label).append(",hi-").append(label);
            }
            out.write(header.append(",y\n").toString());
            for (SeriesScore score : scores) {
                HoldoutSeries s = series.get(score.seriesId());
                int start = s.values().length - horizon;
                for (int h = 0; h < horizon; h++) {
                    StringBuilder line = new StringBuilder();
                    line.append(csv(score.seriesId())).append(',').append(csv(s.timestamp(start + h))).append(',')
                            .append(number(score.forecast().mean()[h])).append(',').append(csv(score.model()));
                    for (PredictionInterval interval : score.forecast().intervals()) {
                        line.append(',').append(number(interval.lower()[h])).append(',').append(number(interval.upper()[h]));
                    }
                    line.append(',').append(number(score.actual()[h])).append('\n');
                    out.write(line.toString());
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String formatLevel(double level) {
        return level == Math.rint(level) ? Long.toString((long) level) : Double.toString(level);
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.10g", v);
    }

    private static String csv(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n")) {
            return '"' + field.replace("\"", "\"\"") + '"';
        }
        return field;
    }
}
