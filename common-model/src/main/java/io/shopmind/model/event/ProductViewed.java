package io.shopmind.model.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;

/** Payload of {@link EventType#ProductViewed}; {@code customerId} is null for an anonymous visitor, named by session. */
public record ProductViewed(
        @Identifier(max = EventPayload.MAX_SKU) String sku,
        @OptionalIdentifier String customerId,
        @OptionalIdentifier String sessionId) implements EventPayload {

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
