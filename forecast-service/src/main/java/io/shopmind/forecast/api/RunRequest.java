package io.shopmind.forecast.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A forecast run's settings; every field may be left out.
 *
 * @param horizon     periods ahead (default 28)
 * @param levels      interval levels in percent (default 80 and 95)
 * @param series      the series to forecast (default all)
 * @param combine     whether to combine the best {@code combineTop} models by backtest instead of the default
 *                    ensemble (the median of ETS, AutoARIMA, Theta and DOTM)
 * @param combineTop  how many models a combination takes (default 3)
 * @param combination median or mean (default median)
 * @param origins     backtest origins per series (default 2, one horizon apart)
 * @param models      the candidate methods (default ETS, Theta, DOTM and SNaive;
 *                    Croston, SBA and TSB join for intermittent series, AutoARIMA for series of at most 200
 *                    observations, where its order search is cheap). Naming the models backtests exactly those
 *                    (plus the intermittent methods for intermittent series), e.g. AutoARIMA on long series.
 */
public record RunRequest(
        @Min(1) @Max(366) Integer horizon,
        @Size(max = 5) List<@NotNull @DecimalMin(value = "0", inclusive = false)
                @DecimalMax(value = "100", inclusive = false) Double> levels,
        @Size(max = 100_000) List<@NotBlank @Size(max = 200) String> series,
        Boolean combine,
        @Min(2) @Max(10) Integer combineTop,
        @Pattern(regexp = "(?i)median|mean", message = "must be median or mean") String combination,
        @Min(1) @Max(20) Integer origins,
        @Size(max = 20) List<@NotBlank @Size(max = 40) String> models) {
}
