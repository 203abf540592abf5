package io.shopmind.inventory.stock;

import java.time.Instant;

/** Demand or a count correction that stock could not cover; {@code reference} is the order id, when there is one. */
public record Shortfall(String sku, String warehouse, long quantity, ShortfallReason reason, String reference,
        Instant recordedAt) {
}
