package io.shopmind.forecast.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One period's sales in a JSON history batch.
 *
 * @param ds    the period's date, between {@value #EARLIEST} and {@value #LATEST}
 * @param y     units sold, at most 10^12
 * @param price the unit price in that period, a decimal with up to 15 digits before the point and 4 after
 */
public record HistoryPoint(@NotNull LocalDate ds, @NotNull @PositiveOrZero @DecimalMax("1e12") Double y,
        @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal price, Boolean promo) {

    public static final String EARLIEST = "1900-01-01";
    public static final String LATEST = "2999-12-31";

    @JsonIgnore
    @AssertTrue(message = "must be between " + EARLIEST + " and " + LATEST)
    public boolean isDsInRange() {
        return ds == null || (!ds.isBefore(LocalDate.parse(EARLIEST)) && !ds.isAfter(LocalDate.parse(LATEST)));
    }
}
