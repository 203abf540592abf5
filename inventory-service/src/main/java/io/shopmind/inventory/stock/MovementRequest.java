package io.shopmind.inventory.stock;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;
import io.shopmind.inventory.sku.SkuRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Stock movements to apply together: all of them, or none. */
public record MovementRequest(@NotEmpty @Size(max = 1000) List<@Valid @NotNull Line> lines) {

    /**
     * One movement. {@code quantity} is positive for receipts and issues; for adjustments and reservations its sign
     * says the direction (a negative reservation releases units).
     *
     * @param warehouse the service's default warehouse when left out
     */
    @Schema(name = "MovementLine")
    public record Line(@NotNull MovementKind kind, @NotNull @Size(min = 1, max = 64) String sku,
            @Size(min = 1, max = 64) String warehouse,
            @NotNull @Min(-SkuRequest.MAX_UNITS) @Max(SkuRequest.MAX_UNITS) Long quantity,
            @Size(max = 500) String reason) {
    }
}
