package io.shopmind.gateway.events;

import java.time.Instant;
import java.util.List;

/**
 * How far each service is behind the log: {@code GET /api/v1/events/lag}.
 *
 * @param head the log's highest position (PostgreSQL) or the sum of its partitions' end offsets (Kafka)
 */
public record LagReport(long head, List<ConsumerLag> consumers) {

    /**
     * @param position the consumer's committed position (or the sum of its group's committed offsets)
     * @param lag      events appended that it has not applied yet
     * @param seenAt   when it last read the log, or null if it never has
     */
    public record ConsumerLag(String consumer, long position, long lag, Instant seenAt) {
    }
}
