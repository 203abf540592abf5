package io.shopmind.inventory.purchasing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.List;

/** Units received against a purchase order; without lines, everything still outstanding arrived. */
public record ReceiptRequest(List<@Valid @NotNull Line> lines) {

    public record Line(@NotBlank String sku, @NotNull @Positive Long quantity) {
    }
}
