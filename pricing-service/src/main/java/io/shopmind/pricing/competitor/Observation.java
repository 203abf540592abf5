package io.shopmind.pricing.competitor;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One competitor price observation as stored.
 *
 * @param flag null for a usable observation, {@code OUTLIER} or {@code UNUSABLE} otherwise, with the reason
 */
public record Observation(long id, String sku, String competitor,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal price, String currency, Boolean inStock,
        Instant observedAt, String source, UUID eventId, String flag, String flagReason) {

    public boolean usable() {
        return flag == null;
    }
}
