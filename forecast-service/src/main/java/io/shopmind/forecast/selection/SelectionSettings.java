package io.shopmind.forecast.selection;

import io.shopmind.forecast.evaluation.Candidate;
import io.shopmind.forecast.model.GlobalForecaster;
import java.util.List;
import java.util.Map;
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
 * @param longSeason             the longest seasonal period the candidates are used for as they are
 * @param longSeasonSubstitutes  by name, the candidates replaced for longer periods, where they grow slow (a
 *                               seasonal ETS model estimates a state per season: ETS by STL + ETS)
 */
public record SelectionSettings(int horizon, int origins, int originStep, List<Candidate> candidates,
        List<Candidate> intermittentCandidates, double intermittentShare, List<Candidate> shortCandidates,
        int shortLength, Strategy strategy, int longSeason, Map<String, Candidate> longSeasonSubstitutes) {

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
        longSeasonSubstitutes = longSeasonSubstitutes == null ? Map.of() : Map.copyOf(longSeasonSubstitutes);
    }

    /**
     * The defaults of the command line and of the service's runs alike: ETS, Theta, DOTM and the seasonal naive
     * method backtested at two origins one horizon apart; Croston, SBA and TSB join for intermittent series,
     * AutoARIMA for series of at most {@link #SHORT_LENGTH} observations; for seasonal periods above 12 (hourly,
     * weekly data) STL + ETS stands in for ETS; the model is the default ensemble ({@link Strategy#defaultEnsemble()}).
     */
    public static SelectionSettings defaults(int horizon) {
        return new SelectionSettings(horizon, 2, horizon, Candidates.core(), Candidates.intermittent(), 0.25,
                Candidates.shortSeries(), SHORT_LENGTH, Strategy.defaultEnsemble(), 12,
                Map.of("ETS", Candidates.named(List.of("STLF")).get(0)));
    }

    public SelectionSettings withOrigins(int newOrigins, int newOriginStep) {
        return new SelectionSettings(horizon, newOrigins, newOriginStep, candidates, intermittentCandidates,
                intermittentShare, shortCandidates, shortLength, strategy, longSeason, longSeasonSubstitutes);
    }

    /**
     * Exactly these candidates (plus the intermittent ones for intermittent series): none is added for length nor
     * replaced for a long season.
     */
    public SelectionSettings withCandidates(List<Candidate> newCandidates) {
        return new SelectionSettings(horizon, origins, originStep, newCandidates, intermittentCandidates,
                intermittentShare, List.of(), shortLength, strategy, longSeason, Map.of());
    }

    public SelectionSettings withStrategy(Strategy newStrategy) {
        return new SelectionSettings(horizon, origins, originStep, candidates, intermittentCandidates,
                intermittentShare, shortCandidates, shortLength, newStrategy, longSeason, longSeasonSubstitutes);
    }

    /** The best {@code members} candidates, combined by {@code combination} when more than one. */
    public SelectionSettings withCombination(int members, Combination combination) {
        return withStrategy(new Strategy.Best(members, combination));
    }

    /**
     * The methods every regular series of period m and at most {@code longest} observations is backtested with:
     * the short-series ones only when no series is longer than {@code shortLength}.
     */
    public List<Candidate> allCandidates(int seasonalPeriod, int longest) {
        return Stream.concat(longest <= shortLength ? shortCandidates.stream() : Stream.empty(), candidates.stream())
                .map(c -> forPeriod(c, seasonalPeriod)).distinct().toList();
    }

    /** The candidate as it is used for {@code seasonalPeriod}: its substitute for long seasons, if it has one. */
    public Candidate forPeriod(Candidate candidate, int seasonalPeriod) {
        return seasonalPeriod > longSeason ? longSeasonSubstitutes.getOrDefault(candidate.name(), candidate) : candidate;
    }

    /** The candidates that train across series, which a selection over many series trains once per origin. */
    public List<Candidate> globalCandidates() {
        return Stream.of(candidates, shortCandidates, intermittentCandidates).flatMap(List::stream)
                .filter(c -> c.forecaster() instanceof GlobalForecaster).distinct().toList();
    }
}
