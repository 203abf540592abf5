package io.shopmind.twin.calibration;

import java.util.List;
import java.util.Map;

/**
 * The twin's generated series beside the reference data.
 *
 * @param referenceSeries  trend and seasonal strength of each of R's classic monthly series, by name
 * @param distributions    feature distributions: the M3 monthly set's and the twin's, side by side
 * @param patterns         share of series per Syntetos-Boylan demand pattern, per set of series
 * @param notes            what was compared and what was missing
 */
public record CalibrationResult(Map<String, double[]> referenceSeries, List<FeatureSummary> distributions,
        Map<String, Map<Intermittency.Pattern, Double>> patterns, List<String> notes) {
}
