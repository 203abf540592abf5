package io.shopmind.model.pricing;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Many SKUs' current prices in one call: {@code POST /api/v1/pricing/prices/query}. */
public record PriceQuery(
        @NotNull @NotEmpty @Size(max = MAX_SKUS)
        List<@NotNull @Size(min = 1, max = 64) @Pattern(regexp = "[^\\p{Cntrl}]+") String> skus) {

    public static final int MAX_SKUS = 1_000;
}
