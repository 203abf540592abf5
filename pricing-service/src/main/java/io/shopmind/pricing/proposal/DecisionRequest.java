package io.shopmind.pricing.proposal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A bulk decision: the proposals to approve and to reject, with one note for all. */
public record DecisionRequest(@Size(max = MAX_IDS) List<@NotNull Long> approve,
        @Size(max = MAX_IDS) List<@NotNull Long> reject, @Size(max = 500) String note) {

    public static final int MAX_IDS = 1_000;
}
