package io.shopmind.gateway.events;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The event log ({@code shopmind.events.*}).
 *
 * @param log                   {@code postgres} (a table in the gateway's schema) or {@code kafka} (a topic)
 * @param consumers             the services that read the log; retention keeps what any of them has not applied
 * @param maxConcurrentAppends  batches being made durable at once; one more waits {@code appendQueueWait} for a
 *                              turn, then gets a 503 with Retry-After instead of queueing without bound
 * @param appendQueueWait       how long a batch waits for a turn to append
 * @param retention             how long applied events stay in the PostgreSQL log
 * @param retentionInterval     how often the PostgreSQL log deletes what every consumer has applied and is past
 *                              {@code retention}
 * @param feedMaxLongPoll       the longest a service's read of the feed is held while there is nothing new
 */
@ConfigurationProperties("shopmind.events")
public record EventLogProperties(
        @DefaultValue("postgres") LogKind log,
        @DefaultValue({"recommendation-service", "forecast-service", "inventory-service", "pricing-service",
                "support-bot-service"}) List<String> consumers,
        @DefaultValue("4") int maxConcurrentAppends,
        @DefaultValue("250ms") Duration appendQueueWait,
        @DefaultValue("7d") Duration retention,
        @DefaultValue("1h") Duration retentionInterval,
        @DefaultValue("10s") Duration feedMaxLongPoll) {

    public enum LogKind { postgres, kafka }
}
