package io.shopmind.forecast.api;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One period's sales in a JSON history batch. */
public record HistoryPoint(@NotNull LocalDate ds, @NotNull @PositiveOrZero Double y,
        @DecimalMin("0") BigDecimal price, Boolean promo) {
}
