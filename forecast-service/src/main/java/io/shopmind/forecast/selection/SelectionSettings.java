package io.shopmind.forecast.selection;

import io.shopmind.forecast.evaluation.Candidate;
import java.util.List;

/**
 * How a series' model is chosen.
 *
 * @param horizon                steps ahead of each backtest forecast (the horizon the model will serve)
 * @param origins                the most backtest origins, the last one {@code horizon} steps before the end
 * @param originStep             observations between consecutive origins
 * @param candidates             the methods backtested on every series
 * @param intermittentCandidates the methods added for intermittent series
 * @param intermittentShare      the share of zero periods above which a series counts as intermittent; 0.25
 *                               matches Syntetos, Boylan &amp; Croston's (2005) cut-off of a mean inter-demand
 *                               interval of 1.32
 * @param shortCandidates        the methods added for series of at most {@code shortLength} observations
 * @param shortLength            the longest series that counts as short
 * @param combine                how many of the best methods to combine; 1 selects the single best
 * @param combination            how the members' forecasts are combined
 */
public record SelectionSettings(int horizon, int origins, int originStep, List<Candidate> candidates,
        List<Candidate> intermittentCandidates, double intermittentShare, List<Candidate> shortCandidates,
        int shortLength, int combine, Combination combination) {

    /** Series up to this length also try AutoARIMA by default: its order search grows costly beyond. */
    public static final int SHORT_LENGTH = 200;

    public SelectionSettings {
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be at least 1, got " + horizon);
        }
        if (origins < 1) {
            throw new IllegalArgumentException("origins must be at least 1, got " + origins);
        }
        if (originStep < 1) {
            throw new IllegalArgumentException("originStep must be at least 1, got " + originStep);
        }
        if (candidates == null || candidates.isEmpty()) {
            throw new IllegalArgumentException("candidates must not be empty");
        }
        if (combine < 1) {
            throw new IllegalArgumentException("combine must be at least 1, got " + combine);
        }
        if (!(intermittentShare >= 0 && intermittentShare <= 1)) {
            throw new IllegalArgumentException("intermittentShare must lie in [0, 1], got " + intermittentShare);
        }
        candidates = List.copyOf(candidates);
        intermittentCandidates = intermittentCandidates == null ? List.of() : List.copyOf(intermittentCandidates);
        shortCandidates = shortCandidates == null ? List.of() : List.copyOf(shortCandidates);
        combination = combination == null ? Combination.MEDIAN : combination;
    }

    /**
     * The defaults for daily retail data: ETS, Theta and the seasonal naive method backtested at two origins one
     * horizon apart; Croston, SBA and TSB join for intermittent series, AutoARIMA for series of at most
     * {@link #SHORT_LENGTH} observations; the single best model is kept.
     */
    public static SelectionSettings defaults(int horizon) {
        return new SelectionSettings(horizon, 2, horizon, Candidates.core(), Candidates.intermittent(), 0.25,
                Candidates.shortSeries(), SHORT_LENGTH, 1, Combination.MEDIAN);
    }

    public SelectionSettings withOrigins(int newOrigins, int newOriginStep) {
        return new SelectionSettings(horizon, newOrigins, newOriginStep, candidates, intermittentCandidates,
                intermittentShare, shortCandidates, shortLength, combine, combination);
    }

    /** Exactly these candidates (plus the intermittent ones for intermittent series): none is added for length. */
    public SelectionSettings withCandidates(List<Candidate> newCandidates) {
        return new SelectionSettings(horizon, origins, originStep, newCandidates, intermittentCandidates,
                intermittentShare, List.of(), shortLength, combine, combination);
    }

    public SelectionSettings withCombination(int newCombine, Combination newCombination) {
        return new SelectionSettings(horizon, origins, originStep, candidates, intermittentCandidates,
                intermittentShare, shortCandidates, shortLength, newCombine, newCombination);
    }
}
