package io.shopmind.inventory.plan;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Max;
import io.shopmind.inventory.sku.SkuRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * A buyer's approval of a plan. Lines not listed are approved as proposed; a listed line takes the buyer's quantity,
 * and 0 drops it.
 */
public record ApprovalRequest(@Size(max = 100_000) List<@Valid @NotNull Edit> lines) {

    @Schema(name = "ApprovalLine")
    public record Edit(@NotNull @Positive Long lineId,
            @NotNull @PositiveOrZero @Max(SkuRequest.MAX_UNITS) Long quantity) {
    }
}
