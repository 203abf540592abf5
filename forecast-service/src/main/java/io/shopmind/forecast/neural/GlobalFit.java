package io.shopmind.forecast.neural;

import io.shopmind.forecast.model.FittedModel;
import java.util.List;

/**
 * The result of training the global network once on many series.
 *
 * @param models          one fitted model per series, in the order given
 * @param fallbacks       how many of them are seasonal naive: series shorter than the window (or all, if no epoch gave a finite loss)
 * @param epochs          epochs run (0 when no series was long enough to train on)
 * @param bestEpoch       the epoch whose network made the forecasts (1-based; 0 when none)
 * @param validationLoss  that epoch's pinball loss on the last window of each series, in units of the window scale
 * @param windowsPerEpoch training windows per epoch
 */
public record GlobalFit(List<FittedModel> models, int fallbacks, int epochs, int bestEpoch, double validationLoss,
                        int windowsPerEpoch) {

    public GlobalFit {
        models = List.copyOf(models);
    }
}
