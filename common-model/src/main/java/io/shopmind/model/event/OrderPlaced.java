package io.shopmind.model.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Payload of {@link EventType#OrderPlaced}: at least one line and at most {@value #MAX_LINES}. {@code warehouse} is
 * null for the shop's default warehouse.
 */
public record OrderPlaced(
        @Identifier String orderId,
        @Identifier String customerId,
        @OptionalIdentifier String warehouse,
        @NotNull @Size(min = 1, max = MAX_LINES) List<@NotNull @Valid OrderLine> lines) implements EventPayload {

    public static final int MAX_LINES = 500;

    /** The shopper's: an order follows the views and carts that led to it. */
    @Override
    public String key() {
        return customerId;
    }
}
