package io.shopmind.model.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A batch of events as the storefront posts it to the gateway and the gateway delivers it to each service. */
public record EventBatch(
        @NotNull @NotEmpty @Size(max = MAX_EVENTS) List<@Valid @NotNull EventEnvelope> events) {

    public static final int MAX_EVENTS = 10_000;
}
