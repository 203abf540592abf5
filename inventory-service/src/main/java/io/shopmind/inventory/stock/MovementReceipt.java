package io.shopmind.inventory.stock;

import java.util.List;

/**
 * What a movement request did.
 *
 * @param replayed true when the idempotency key had been used before and nothing new was applied
 */
public record MovementReceipt(String idempotencyKey, boolean replayed, List<StockLedger.Movement> movements) {
}
