package io.shopmind.model.pricing;

import io.shopmind.model.event.Money;
import java.time.Instant;

/**
 * The price a SKU sells at now, as pricing-service serves it to the storefront and to support-bot-service.
 *
 * @param price          what the shopper pays
 * @param listPrice      the regular price, for showing a reduction
 * @param effectiveSince when {@code price} took effect
 */
public record CurrentPrice(String sku, Money price, Money listPrice, Instant effectiveSince) {
}
