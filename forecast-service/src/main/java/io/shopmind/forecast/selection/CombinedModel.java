package io.shopmind.forecast.selection;

import io.shopmind.forecast.model.FittedModel;
import io.shopmind.forecast.model.Forecast;
import java.util.List;
import java.util.stream.Collectors;

/** Several fitted models whose forecasts are combined per step, e.g. {@code Median(ETS(A,N,A), Theta)}. */
public record CombinedModel(Combination combination, List<FittedModel> members) implements FittedModel {

    public CombinedModel {
        if (combination == null || members == null || members.isEmpty()) {
            throw new IllegalArgumentException("a combination needs a method and at least one member");
        }
        members = List.copyOf(members);
    }

    @Override
    public String name() {
        return members.stream().map(FittedModel::name).collect(Collectors.joining(", ", combination.label() + "(", ")"));
    }

    @Override
    public Forecast forecast(int horizon, double... levels) {
        return combination.combine(name(), members.stream().map(m -> m.forecast(horizon, levels)).toList());
    }
}
