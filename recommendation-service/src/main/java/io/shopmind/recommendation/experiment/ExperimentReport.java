package io.shopmind.recommendation.experiment;

import io.shopmind.recommendation.statistics.Proportions;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An experiment's results: per variant the lists served and the share of them that led to a click or a purchase,
 * with 95 % Wilson intervals, and treatment minus control with Newcombe's 95 % interval.
 */
public record ExperimentReport(UUID id, String name, Instant startedAt, Instant stoppedAt, List<Variant> variants,
        Difference clickRateDifference, Difference purchaseRateDifference) {

    public record Variant(String variant, long modelVersion, long impressions, long clicks, long purchases,
            Proportions.Estimate clickRate, Proportions.Estimate purchaseRate) {
    }

    /** Treatment minus control; {@code significant} when the interval excludes 0. */
    public record Difference(double value, double low, double high, boolean significant) {

        static Difference of(Proportions.Estimate estimate) {
            return new Difference(estimate.value(), estimate.low(), estimate.high(),
                    estimate.low() > 0 || estimate.high() < 0);
        }
    }
}
