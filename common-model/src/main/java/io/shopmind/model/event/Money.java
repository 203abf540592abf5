package io.shopmind.model.event;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * An amount of money: a decimal written as a string, so no binary rounding creeps in, and an ISO 4217 code. A
 * decimal cannot be NaN or infinite; the amount is at least zero, with at most {@value #MAX_INTEGER_DIGITS} digits
 * before the point and {@value #MAX_FRACTION_DIGITS} after it.
 */
public record Money(
        @NotNull @DecimalMin("0") @Digits(integer = MAX_INTEGER_DIGITS, fraction = MAX_FRACTION_DIGITS)
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        @NotNull @CurrencyCode String currency) {

    public static final int MAX_INTEGER_DIGITS = 12;
    public static final int MAX_FRACTION_DIGITS = 4;
}
