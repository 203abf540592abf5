package io.shopmind.forecast.evaluation;

/**
 * One model's metrics averaged over all series, M4 style.
 *
 * @param model    the candidate's name
 * @param series   number of series evaluated
 * @param failures series where the model failed and Naive2's forecast stood in
 * @param smape    mean sMAPE in percent
 * @param mase     mean MASE (series with an undefined MASE are left out)
 * @param owa      overall weighted average relative to Naive2 over the same series
 * @param coverage mean interval coverage per level, in the order of the levels
 */
public record ModelSummary(String model, int series, int failures, double smape, double mase, double owa,
                           double[] coverage) {
}
