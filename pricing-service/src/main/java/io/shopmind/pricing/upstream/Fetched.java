package io.shopmind.pricing.upstream;

import java.time.Instant;

/**
 * One SKU's data from another service, with where it came from.
 *
 * @param value     null when {@code source} is {@link Source#NONE}
 * @param fetchedAt when the service gave it (now for live data)
 * @param note      why a stored copy or nothing was used
 */
public record Fetched<T>(T value, Source source, Instant fetchedAt, String note) {
}
