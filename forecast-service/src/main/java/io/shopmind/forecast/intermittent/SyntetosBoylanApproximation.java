package io.shopmind.forecast.intermittent;

import io.shopmind.forecast.model.Forecaster;

/**
 * The Syntetos-Boylan approximation (Syntetos &amp; Boylan 2005, "The accuracy of intermittent demand
 * estimates", IJF 21): Croston's rate times {@code 1 - alpha/2}, removing most of its bias.
 *
 * @param alpha the smoothing parameter of both sizes and intervals
 */
public record SyntetosBoylanApproximation(double alpha) implements Forecaster {

    public SyntetosBoylanApproximation {
        IntermittentModel.checkSmoothing("alpha", alpha);
    }

    public SyntetosBoylanApproximation() {
        this(0.1);
    }

    @Override
    public IntermittentModel fit(double[] y, int seasonalPeriod) {
        return Croston.fit("SBA", y, seasonalPeriod, alpha, 1 - alpha / 2);
    }
}
