package io.shopmind.inventory.purchasing;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Max;
import io.shopmind.inventory.sku.SkuRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.List;

/**
 * Units received against a purchase order; without lines (null or left out), everything still outstanding arrived.
 * An empty list receives nothing and is refused.
 */
public record ReceiptRequest(@Size(min = 1, max = 1000) List<@Valid @NotNull Line> lines) {

    @Schema(name = "ReceiptLine")
    public record Line(@NotBlank @Size(max = 64) String sku,
            @NotNull @Positive @Max(SkuRequest.MAX_UNITS) Long quantity) {
    }
}
