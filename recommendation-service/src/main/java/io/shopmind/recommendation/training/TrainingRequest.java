package io.shopmind.recommendation.training;

import jakarta.validation.constraints.NotBlank;
import java.util.Map;

/**
 * @param algorithm {@code als}, {@code bpr}, {@code ease}, {@code itemknn} or {@code pop}
 * @param params    the algorithm's parameters by name, e.g. {@code {"factors": 32, "iterations": 10}}
 * @param activate  serve the new version as soon as it is trained
 */
public record TrainingRequest(@NotBlank String algorithm, Map<String, Double> params, boolean activate) {

    public TrainingRequest {
        params = params == null ? Map.of() : Map.copyOf(params);
    }
}
