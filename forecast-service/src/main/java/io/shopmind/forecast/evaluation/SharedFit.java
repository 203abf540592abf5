package io.shopmind.forecast.evaluation;

import io.shopmind.forecast.model.FittedModel;
import io.shopmind.forecast.model.Progress;
import java.util.List;

/**
 * Several methods that come from one fit to the training parts of all series: the ways of choosing a model that
 * read one backtest per series (the single best, a combination, an ensemble), or models trained across series.
 * {@link HoldoutEvaluator} scores each of them as a method of its own.
 */
public interface SharedFit {

    /** The methods' names, as the report lists them. */
    List<String> names();

    /**
     * Fits every method to every training part.
     *
     * @param training       each series' observations before its holdout
     * @param seasonalPeriod the seasonal period, shared by all series
     * @param threads        threads to work on
     * @param progress       hears of the series done
     * @return per series, one fitted model per name, in the order of {@link #names()}
     */
    List<List<FittedModel>> fitAll(List<double[]> training, int seasonalPeriod, int threads, Progress progress);
}
