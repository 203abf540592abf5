package io.shopmind.recommendation.training;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * What to train. The registry ({@code Algorithms}) checks the algorithm and each parameter against its own range;
 * the sizes here bound the request itself.
 *
 * @param algorithm one of the registry's algorithms ({@code blend}, {@code ease}, {@code sansa}, {@code als},
 *                  {@code plsa}, {@code itemknn}, {@code bpr}, {@code pop}); {@code blend} when absent
 * @param params    the algorithm's parameters by name, numbers or words, e.g. {@code {"factors": 32,
 *                  "regularization": "per-cell"}}; the evaluation command takes the same as {@code als(factors=32)}
 * @param activate  serve the new version as soon as it is trained; false when left out
 */
public record TrainingRequest(
        @Size(max = 40) String algorithm,
        @Size(max = 16) Map<@NotBlank @Size(max = 40) String, @NotNull @Size(max = 40) String> params,
        boolean activate) {

    public TrainingRequest {
        params = params == null ? Map.of() : Map.copyOf(params);
    }
}
