package io.shopmind.model.forecast;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * Many series' sales histories in one call: {@code POST /api/v1/forecasts/history/query}, as pricing-service reads
 * them for elasticities. A series forecast-service does not hold is left out of the answer.
 *
 * @param from the first day wanted, or the whole history when null
 */
public record SalesHistoryQuery(
        @NotNull @NotEmpty @Size(max = MAX_SERIES) List<@NotNull @Size(min = 1, max = 128) @Pattern(regexp = "[^\\p{Cntrl}]+") String> seriesIds,
        LocalDate from) {

    public static final int MAX_SERIES = 500;
}
