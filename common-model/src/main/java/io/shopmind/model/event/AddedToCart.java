package io.shopmind.model.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Payload of {@link EventType#AddedToCart}: a shopper named by {@code customerId}, {@code sessionId} or both. */
public record AddedToCart(
        @Identifier(max = EventPayload.MAX_SKU) String sku,
        @OptionalIdentifier String customerId,
        @OptionalIdentifier String sessionId,
        @Min(1) @Max(EventPayload.MAX_QUANTITY) int quantity) implements EventPayload {

    @JsonIgnore
    @AssertTrue(message = "needs a customerId or a sessionId")
    public boolean isShopperNamed() {
        return customerId != null || sessionId != null;
    }

    @Override
    public String key() {
        return customerId != null ? customerId : sessionId;
    }
}
