package io.shopmind.pricing.book;

import io.shopmind.pricing.guardrail.PriceEnding;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A SKU's price book entry as an ops user sets it; amounts are decimals (send them as strings, e.g.
 * {@code "12.99"}) in {@code currency}. {@code reason} goes into the audit trail.
 */
public record PriceBookRequest(
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String currency,
        @NotNull @DecimalMin("0") @DecimalMax(MAX_AMOUNT) @Digits(integer = 12, fraction = 4) BigDecimal listPrice,
        @NotNull @DecimalMin("0") @DecimalMax(MAX_AMOUNT) @Digits(integer = 12, fraction = 4) BigDecimal price,
        @DecimalMin("0") @DecimalMax(MAX_AMOUNT) @Digits(integer = 12, fraction = 4) BigDecimal unitCost,
        @DecimalMin("0") @DecimalMax(MAX_AMOUNT) @Digits(integer = 12, fraction = 4) BigDecimal mapPrice,
        @DecimalMin("0") @DecimalMax(MAX_AMOUNT) @Digits(integer = 12, fraction = 4) BigDecimal floorPrice,
        @DecimalMin("0") @DecimalMax(MAX_AMOUNT) @Digits(integer = 12, fraction = 4) BigDecimal ceilingPrice,
        @DecimalMin("0") @DecimalMax(value = "1", inclusive = false) Double minMargin,
        PriceEnding priceEnding,
        @Size(min = 1, max = 64) @Pattern(regexp = "[^\\p{Cntrl}]+") String category,
        @NotBlank @Size(max = 500) String reason) {

    public static final String MAX_AMOUNT = "1000000000";
}
