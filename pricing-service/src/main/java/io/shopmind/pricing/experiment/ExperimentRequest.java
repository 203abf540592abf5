package io.shopmind.pricing.experiment;

import io.shopmind.pricing.book.PriceBookRules;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * A new price experiment.
 *
 * @param policy     {@code THOMPSON} (ignores stock), {@code INVENTORY_TS_FIXED} or {@code INVENTORY_TS_UPDATE}
 *                   (Ferreira et al. 2018; need {@code inventory})
 * @param demand     {@code POISSON}: units sold per period; {@code BERNOULLI}: each product view buys or not
 * @param inventory  the units the experiment may sell over its horizon
 */
public record ExperimentRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull @Pattern(regexp = PriceBookRules.SKU_PATTERN) String sku,
        @NotNull @Size(min = 2, max = 10)
        List<@NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000000000")
                @Digits(integer = 12, fraction = 2) BigDecimal> prices,
        @NotNull @Pattern(regexp = "THOMPSON|INVENTORY_TS_FIXED|INVENTORY_TS_UPDATE",
                message = "must be THOMPSON, INVENTORY_TS_FIXED or INVENTORY_TS_UPDATE") String policy,
        @NotNull @Pattern(regexp = "POISSON|BERNOULLI", message = "must be POISSON or BERNOULLI") String demand,
        @DecimalMin("1") @DecimalMax("100000000") Double inventory,
        @NotNull @Min(1) @Max(10_000) Integer horizonPeriods,
        @NotNull @Min(1) @Max(10_080) Integer periodMinutes) {
}
