package io.shopmind.pricing.clearance;

import io.shopmind.pricing.book.PriceBookRules;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * A markdown plan to compute.
 *
 * @param discounts      the ladder as percentages off today's price, from 0 upwards, e.g. [0, 10, 20, 30, 50]
 * @param salvagePerUnit what a unit left at the end fetches (outlet, return to supplier)
 * @param stock          the units to clear; the stock on hand from inventory-service when not given
 */
public record MarkdownRequest(
        @NotNull @Pattern(regexp = PriceBookRules.SKU_PATTERN) String sku,
        @NotNull @Min(1) @Max(52) Integer weeks,
        @NotNull @Size(min = 1, max = 10) List<@NotNull @DecimalMin("0") @DecimalMax("90") Double> discounts,
        @DecimalMin("0") @DecimalMax("1000000000") BigDecimal salvagePerUnit,
        @Min(0) @Max(MAX_STOCK) Integer stock) {

    public static final int MAX_STOCK = 20_000;
}
