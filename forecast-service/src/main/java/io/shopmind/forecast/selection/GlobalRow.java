package io.shopmind.forecast.selection;

import io.shopmind.forecast.evaluation.Candidate;
import io.shopmind.forecast.evaluation.SharedFit;
import io.shopmind.forecast.model.FittedModel;
import io.shopmind.forecast.model.GlobalForecaster;
import io.shopmind.forecast.model.Progress;
import java.util.List;

/**
 * A model trained across series as an evaluation row of its own: one training on all training parts.
 *
 * @param candidate the global method
 * @param horizon   the steps it must forecast
 */
public record GlobalRow(Candidate candidate, int horizon) implements SharedFit {

    public GlobalRow {
        if (!(candidate.forecaster() instanceof GlobalForecaster)) {
            throw new IllegalArgumentException(candidate.name() + " does not train across series");
        }
    }

    @Override
    public List<String> names() {
        return List.of(candidate.name());
    }

    @Override
    public List<List<FittedModel>> fitAll(List<double[]> training, int seasonalPeriod, int threads, Progress progress) {
        List<FittedModel> models = ((GlobalForecaster) candidate.forecaster()).fitGlobal(training, seasonalPeriod,
                horizon);
        progress.advanced(training.size(), training.size());
        return models.stream().map(List::of).toList();
    }
}
