package io.shopmind.forecast.selection;

import java.util.List;

/** How a series' model is chosen from its {@link Backtest}. */
public sealed interface Strategy permits Strategy.Best, Strategy.Ensemble {

    /**
     * The best {@code members} candidates by backtest MASE; more than one are combined.
     *
     * @param members     how many of the best to keep; 1 selects the single best
     * @param combination how several are combined
     */
    record Best(int members, Combination combination) implements Strategy {
        public Best {
            if (members < 1) {
                throw new IllegalArgumentException("members must be at least 1, got " + members);
            }
            combination = combination == null ? Combination.MEDIAN : combination;
        }
    }

    /**
     * A fixed ensemble: every member that was backtested on the series and fits it, combined per step whatever the
     * backtest says (the members that fail are left out). Intermittent series take the single best instead, since
     * the ensemble's smooth members forecast a level that intermittent demand never shows.
     *
     * @param members     the methods combined
     * @param combination how they are combined
     */
    record Ensemble(List<String> members, Combination combination) implements Strategy {
        public Ensemble {
            if (members == null || members.isEmpty()) {
                throw new IllegalArgumentException("an ensemble needs members");
            }
            members = List.copyOf(members);
            combination = combination == null ? Combination.MEDIAN : combination;
        }
    }

    /**
     * The default: the median of ETS, AutoARIMA, Theta and DOTM, the construction of Petropoulos &amp; Svetunkov
     * (2020, "A simple combination of univariate models", IJF 36(1): the median of ETS, CES, ARIMA and DOTM) with the
     * Theta method in place of complex exponential smoothing, and STL + ETS in place of ETS for long seasonal
     * periods, and the regression on price and promotion with ARIMA errors joining where the history holds them. A
     * fixed rule, not fitted to any data set: the median is of the members backtested on the series (on long series,
     * where a run does not try AutoARIMA, of the others).
     */
    static Strategy defaultEnsemble() {
        return new Ensemble(List.of("ETS", "STLF", "AutoARIMA", "RegARIMA", "Theta", "DOTM"), Combination.MEDIAN);
    }

    /** A short label: {@code Best}, {@code Median(best 3)}, {@code Median(ETS, AutoARIMA, Theta, DOTM)}. */
    default String label() {
        if (this instanceof Best best) {
            return best.members() == 1 ? "Best" : best.combination().label() + "(best " + best.members() + ")";
        }
        Ensemble ensemble = (Ensemble) this;
        return ensemble.combination().label() + "(" + String.join(", ", ensemble.members()) + ")";
    }
}
