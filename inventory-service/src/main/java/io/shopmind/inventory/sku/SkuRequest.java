package io.shopmind.inventory.sku;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A SKU's replenishment parameters, as a buyer sets them. Amounts are decimals (send them as strings, e.g.
 * {@code "12.50"}) in {@code currency}. Give a {@code stockoutCost}, a {@code serviceLevel}, or both (the service
 * level then wins).
 *
 * @param holdingCostRate       holding cost per year as a fraction of the unit cost, e.g. 0.25
 * @param stockoutCost          cost per unit short
 * @param serviceLevel          target probability of no stockout per replenishment cycle
 * @param moq                   minimum order quantity in units
 * @param casePack              units per case; orders are whole cases
 * @param unitVolume            volume of one unit, in the warehouse's unit (e.g. m³)
 * @param supplierMinOrderValue the supplier's minimum value per purchase order
 */
public record SkuRequest(
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String currency,
        @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 4) BigDecimal unitCost,
        @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 4) BigDecimal orderingCost,
        @NotNull @DecimalMin("0") @DecimalMax("10") Double holdingCostRate,
        @DecimalMin("0") @Digits(integer = 12, fraction = 4) BigDecimal stockoutCost,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1", inclusive = false) Double serviceLevel,
        @NotNull @PositiveOrZero @DecimalMax("3650") Double leadTimeMeanDays,
        @NotNull @PositiveOrZero @DecimalMax("3650") Double leadTimeSdDays,
        @NotNull @PositiveOrZero @Max(MAX_UNITS) Integer moq,
        @NotNull @Min(1) @Max(1_000_000) Integer casePack,
        @NotNull @PositiveOrZero @DecimalMax("1e6") Double unitVolume,
        @NotBlank @Size(max = 200) String supplier,
        @DecimalMin("0") @Digits(integer = 12, fraction = 4) BigDecimal supplierMinOrderValue) {

    /** The most units any quantity (a minimum order, a movement, an approved line) may name: a billion. */
    public static final int MAX_UNITS = 1_000_000_000;

    /** Planning needs a way to weigh stockouts: a cost per unit short or a service level. */
    @AssertTrue(message = "give a stockoutCost or a serviceLevel")
    public boolean isStockoutCostOrServiceLevel() {
        return stockoutCost != null || serviceLevel != null;
    }
}
