package io.shopmind.recommendation.training;

import java.util.Map;

/**
 * @param algorithm one of the registry's algorithms ({@code blend}, {@code ease}, {@code sansa}, {@code als},
 *                  {@code plsa}, {@code itemknn}, {@code bpr}, {@code pop}); {@code blend} when absent
 * @param params    the algorithm's parameters by name, numbers or words, e.g. {@code {"factors": 32,
 *                  "regularization": "per-cell"}}; the evaluation command takes the same as {@code als(factors=32)}
 * @param activate  serve the new version as soon as it is trained
 */
public record TrainingRequest(String algorithm, Map<String, String> params, boolean activate) {

    public TrainingRequest {
        params = params == null ? Map.of() : Map.copyOf(params);
    }
}
