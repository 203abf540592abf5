package io.shopmind.model.forecast;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Many series' demand over their lead times in one call: {@code POST /api/v1/forecasts/lead-time-demand}, as
 * inventory-service reads it for reorder points, safety stock and plans. A series without a forecast is named in the
 * answer's {@code missing} list.
 */
public record LeadTimeDemandQuery(@NotNull @NotEmpty @Size(max = MAX_SERIES) List<@NotNull @Valid Item> series) {

    public static final int MAX_SERIES = 1_000;
    /** A lead time longer than a year is refused: no forecast reaches that far. */
    public static final String MAX_LEAD_TIME_DAYS = "366";

    /**
     * @param leadTimeDays   mean lead time in days
     * @param leadTimeSdDays its standard deviation in days (0 or null for a fixed lead time)
     */
    public record Item(
            @NotNull @Size(min = 1, max = 128) @Pattern(regexp = "[^\\p{Cntrl}]+") String seriesId,
            @NotNull @DecimalMin("0") @DecimalMax(MAX_LEAD_TIME_DAYS) Double leadTimeDays,
            @DecimalMin("0") @DecimalMax(MAX_LEAD_TIME_DAYS) Double leadTimeSdDays) {
    }
}
