package io.shopmind.forecast.selection;

import io.shopmind.forecast.evaluation.SharedFit;
import io.shopmind.forecast.model.FittedModel;
import io.shopmind.forecast.model.Progress;
import java.util.List;
import java.util.Map;

/**
 * The ways of choosing a model that an evaluation compares, all read from one backtest per series: a holdout
 * evaluation scores exactly what a run would choose from the same training data.
 *
 * @param selector   backtests every series
 * @param strategies the rows, by name
 */
public record SelectionRows(ModelSelector selector, Map<String, Strategy> strategies) implements SharedFit {

    public SelectionRows {
        strategies = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(strategies));
    }

    @Override
    public List<String> names() {
        return List.copyOf(strategies.keySet());
    }

    @Override
    public List<List<FittedModel>> fitAll(List<double[]> training, int seasonalPeriod, int threads, Progress progress) {
        try {
            return selector.selectAll(training, seasonalPeriod, List.copyOf(strategies.values()), threads, progress)
                    .stream().map(selections -> selections.stream().map(Selection::model).toList()).toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the selection was interrupted", e);
        }
    }
}
