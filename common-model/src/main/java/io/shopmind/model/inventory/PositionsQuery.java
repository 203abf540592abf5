package io.shopmind.model.inventory;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Many SKUs' positions in one call: {@code POST /api/v1/inventory/positions/query}, for lists too long for a query
 * string. A SKU inventory does not know is answered in {@link Positions#unknown()}, not as an error.
 *
 * @param warehouse only this warehouse's positions, or every warehouse when null
 */
public record PositionsQuery(
        @NotNull @NotEmpty @Size(max = MAX_SKUS)
        List<@NotNull @Size(min = 1, max = 64) @Pattern(regexp = "[^\\p{Cntrl}]+") String> skus,
        @Size(min = 1, max = 64) @Pattern(regexp = "[^\\p{Cntrl}]+") String warehouse) {

    public static final int MAX_SKUS = 1_000;
}
