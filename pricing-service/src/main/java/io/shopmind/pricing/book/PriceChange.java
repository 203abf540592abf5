package io.shopmind.pricing.book;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One change of the price book: who made it, when, why, and the entry before (null for a new SKU) and after.
 *
 * @param actor who changed it: the {@code X-Actor} header of the request, {@code anonymous} without one
 */
public record PriceChange(long id, String sku, String actor, Instant changedAt, String reason, String currency,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal oldPrice,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal newPrice,
        PriceBookEntry before, PriceBookEntry after) {
}
