package io.shopmind.recommendation.training;

import io.shopmind.model.problem.FieldError;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * @param algorithm {@code als}, {@code bpr}, {@code ease}, {@code itemknn} or {@code pop}
 * @param params    the algorithm's parameters by name, e.g. {@code {"factors": 32, "iterations": 10}}, each within
 *                  {@link #BOUNDS}
 * @param activate  serve the new version as soon as it is trained; false when left out
 */
public record TrainingRequest(
        @NotBlank @Pattern(regexp = "als|bpr|ease|itemknn|pop", message = "must be als, bpr, ease, itemknn or pop")
        String algorithm,
        @Size(max = 8) Map<@NotBlank @Size(max = 40) String, @NotNull Double> params,
        Boolean activate) {

    /** The range of a parameter, and whether it must be a whole number. */
    public record Bound(double min, double max, boolean whole) {
    }

    /** Every parameter's range: wide enough for any real catalogue, narrow enough that no request runs for days. */
    public static final Map<String, Bound> BOUNDS = Map.of(
            "factors", new Bound(1, 512, true),
            "iterations", new Bound(1, 200, true),
            "epochs", new Bound(1, 1_000, true),
            "neighbours", new Bound(1, 1_000, true),
            "seed", new Bound(0, 1L << 53, true),
            "lambda", new Bound(0, 1e6, false),
            "alpha", new Bound(0, 1e6, false),
            "learningRate", new Bound(1e-6, 1, false),
            "shrinkage", new Bound(0, 1e6, false),
            "halfLifeDays", new Bound(0.01, 3_650, false));

    public TrainingRequest {
        params = params == null ? Map.of() : Map.copyOf(params);
        activate = activate != null && activate;
    }

    /** The parameters outside their bounds, named as {@code params.<name>}. */
    public List<FieldError> outOfBounds() {
        List<FieldError> errors = new ArrayList<>();
        new TreeMap<>(params).forEach((name, value) -> {
            Bound bound = BOUNDS.get(name);
            if (bound == null) {
                return;
            }
            if (value < bound.min() || value > bound.max()) {
                errors.add(new FieldError("params." + name, "must be between " + number(bound.min()) + " and "
                        + number(bound.max())));
            } else if (bound.whole() && value != Math.rint(value)) {
                errors.add(new FieldError("params." + name, "must be a whole number"));
            }
        });
        return errors;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
