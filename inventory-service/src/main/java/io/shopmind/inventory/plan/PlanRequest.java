package io.shopmind.inventory.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.DecimalMax;
import io.shopmind.model.event.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What to plan. Without a budget or volume each SKU follows its own (s, S) policy; with either, the SKUs share them
 * week by week and the plan comes from Lagrangian decomposition.
 *
 * @param warehouse      the service's default warehouse when left out
 * @param skus           the SKUs to plan; every SKU with parameters when left out
 * @param horizonWeeks   weeks to plan ahead; the configured default when left out
 * @param budgetPerWeek  the most to spend on purchase orders placed in any one week
 * @param volumeCapacity the warehouse volume stock may fill in any week, in the unit of the SKUs' unit volume
 */
public record PlanRequest(@Size(min = 1, max = 64) String warehouse,
        @Size(min = 1, max = 100_000) List<@NotBlank @Size(max = 64) String> skus,
        @Min(1) @Max(52) Integer horizonWeeks, @Valid Money budgetPerWeek,
        @Positive @DecimalMax("1e12") Double volumeCapacity) {
}
