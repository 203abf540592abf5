package io.shopmind.recommendation.ingest;

import java.time.Instant;

/**
 * One stored interaction.
 *
 * @param customerId the signed-in shopper, or null for an anonymous visitor
 * @param sessionId  the visit, when known
 * @param kind       see {@link InteractionKind}
 * @param basket     the order id of a purchase
 */
public record Interaction(String customerId, String sessionId, String sku, String kind, float weight,
        Instant occurredAt, String basket) {
}
