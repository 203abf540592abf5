package io.shopmind.forecast.selection;

import io.shopmind.forecast.evaluation.Candidate;
import io.shopmind.forecast.model.FittedModel;
import java.util.List;

/**
 * Every candidate's rolling-origin backtest on one series: the explicit result that choosing a model, a
 * combination or an ensemble reads ({@link ModelSelector#choose}), so one backtest serves every way of choosing.
 *
 * @param y              the series, oldest first
 * @param seasonalPeriod its seasonal period
 * @param intermittent   whether it counted as intermittent
 * @param origins        training lengths of the backtest, latest first (empty when too short to backtest)
 * @param ranked         the candidates' trials, best first, failed ones last
 */
public record Backtest(double[] y, int seasonalPeriod, boolean intermittent, int[] origins, List<Trial> ranked) {

    public Backtest {
        ranked = List.copyOf(ranked);
    }

    /**
     * One candidate's backtest.
     *
     * @param candidate the method
     * @param whole     its fit to the whole series when the backtest made one (warm-started ETS, global models), else
     *                  null: it is fitted when chosen
     * @param forecasts its forecast at each origin, in the order of {@code origins}; null when it failed
     * @param score     its accuracy over the origins
     */
    public record Trial(Candidate candidate, FittedModel whole, double[][] forecasts, BacktestScore score) {
    }

    /** The trial of the named method, or null when it was not backtested here. */
    public Trial trial(String method) {
        return ranked.stream().filter(t -> t.candidate().name().equals(method)).findFirst().orElse(null);
    }

    /** Every trial's score, best first. */
    public List<BacktestScore> scores() {
        return ranked.stream().map(Trial::score).toList();
    }
}
