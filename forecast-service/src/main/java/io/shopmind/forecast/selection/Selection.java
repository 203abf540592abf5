package io.shopmind.forecast.selection;

import io.shopmind.forecast.model.FittedModel;
import java.util.List;

/**
 * The model chosen for one series.
 *
 * @param method       the chosen method, e.g. {@code ETS}, or {@code Median(ETS, Theta)} for a combination
 * @param model        the chosen model fitted to the whole series
 * @param accuracy     the chosen method's backtest, or null when the series was too short to backtest
 * @param scores       every candidate's backtest, best first (failed ones last)
 * @param intermittent whether the series counted as intermittent
 */
public record Selection(String method, FittedModel model, BacktestScore accuracy, List<BacktestScore> scores,
        boolean intermittent) {
}
