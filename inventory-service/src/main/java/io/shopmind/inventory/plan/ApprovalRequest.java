package io.shopmind.inventory.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * A buyer's approval of a plan. Lines not listed are approved as proposed; a listed line takes the buyer's quantity,
 * and 0 drops it.
 */
public record ApprovalRequest(List<@Valid @NotNull Edit> lines) {

    public record Edit(@NotNull Long lineId, @NotNull @PositiveOrZero Long quantity) {
    }
}
