package io.shopmind.forecast.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A small load of one series' history. Periods already stored are replaced.
 *
 * @param frequency      daily, weekly or monthly; daily when the series is new and none is given
 * @param seasonalPeriod observations per season; the frequency's default when not given
 */
public record HistoryBatch(
        @Pattern(regexp = "(?i)daily|weekly|monthly", message = "must be daily, weekly or monthly") String frequency,
        @Min(1) @Max(400) Integer seasonalPeriod,
        @NotNull @NotEmpty @Size(max = 100_000) List<@Valid @NotNull HistoryPoint> points) {
}
