package io.shopmind.forecast.selection;

import io.shopmind.forecast.evaluation.Candidate;
import io.shopmind.forecast.model.GlobalForecaster;
import java.util.List;
import java.util.stream.Stream;

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
 * @param strategy               how the model is chosen from the backtest
 */
public record SelectionSettings(int horizon, int origins, int originStep, List<Candidate> candidates,
        List<Candidate> intermittentCandidates, double intermittentShare, List<Candidate> shortCandidates,
        int shortLength, Strategy strategy) {

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
        if (!(intermittentShare >= 0 && intermittentShare <= 1)) {
            throw new IllegalArgumentException("intermittentShare must lie in [0, 1], got " + intermittentShare);
        }
        candidates = List.copyOf(candidates);
        intermittentCandidates = intermittentCandidates == null ? List.of() : List.copyOf(intermittentCandidates);
        shortCandidates = shortCandidates == null ? List.of() : List.copyOf(shortCandidates);
        strategy = strategy == null ? Strategy.defaultEnsemble() : strategy;
    }

    /**
     * The defaults of the command line and of the service's runs alike: ETS, Theta, DOTM and the seasonal naive
     * method backtested at two origins one horizon apart; Croston, SBA and TSB join for intermittent series,
     * AutoARIMA for series of at most {@link #SHORT_LENGTH} observations; the model is the default ensemble
     * ({@link Strategy#defaultEnsemble()}).
     */
    public static SelectionSettings defaults(int horizon) {
        return new SelectionSettings(horizon, 2, horizon, Candidates.core(), Candidates.intermittent(), 0.25,
                Candidates.shortSeries(), SHORT_LENGTH, Strategy.defaultEnsemble());
    }

    public SelectionSettings withOrigins(int newOrigins, int newOriginStep) {
        return new SelectionSettings(horizon, newOrigins, newOriginStep, candidates, intermittentCandidates,
                intermittentShare, shortCandidates, shortLength, strategy);
    }

    /** Exactly these candidates (plus the intermittent ones for intermittent series): none is added for length. */
    public SelectionSettings withCandidates(List<Candidate> newCandidates) {
        return new SelectionSettings(horizon, origins, originStep, newCandidates, intermittentCandidates,
                intermittentShare, List.of(), shortLength, strategy);
    }

    public SelectionSettings withStrategy(Strategy newStrategy) {
        return new SelectionSettings(horizon, origins, originStep, candidates, intermittentCandidates,
                intermittentShare, shortCandidates, shortLength, newStrategy);
    }

    /** The best {@code members} candidates, combined by {@code combination} when more than one. */
    public SelectionSettings withCombination(int members, Combination combination) {
        return withStrategy(new Strategy.Best(members, combination));
    }

    /** The methods a regular series of at most {@code shortLength} observations is backtested with. */
    public List<Candidate> allCandidates() {
        return Stream.concat(shortCandidates.stream(), candidates.stream()).distinct().toList();
    }

    /** The candidates that train across series, which a selection over many series trains once per origin. */
    public List<Candidate> globalCandidates() {
        return Stream.of(candidates, shortCandidates, intermittentCandidates).flatMap(List::stream)
                .filter(c -> c.forecaster() instanceof GlobalForecaster).distinct().toList();
    }
}
