package io.shopmind.forecast.evaluation;

import io.shopmind.forecast.model.Forecaster;

/** A forecasting method under evaluation and the name it is reported under. */
public record Candidate(String name, Forecaster forecaster) {

    public Candidate {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        if (forecaster == null) {
            throw new IllegalArgumentException("forecaster must not be null");
        }
    }
}
