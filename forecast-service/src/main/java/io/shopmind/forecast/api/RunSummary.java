package io.shopmind.forecast.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A forecast run as a client sees it.
 *
 * @param seriesPerSecond series forecast per second of the run's wall time
 * @param mase            the distribution of the chosen models' backtest MASE over the series
 * @param methods         how many series each method was chosen for
 */
public record RunSummary(UUID id, UUID jobId, String state, int horizon, List<Double> levels, int seriesTotal,
        int seriesDone, int seriesFailed, Instant createdAt, Instant startedAt, Instant finishedAt,
        Double durationSeconds, Double seriesPerSecond, Distribution mase, Double meanSmape,
        Map<String, Long> methods, String error) {

    /** Quantiles of a measure over the series that have it. */
    public record Distribution(long count, Double mean, Double p10, Double median, Double p90) {
    }
}
