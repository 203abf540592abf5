package io.shopmind.servicesupport.event;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service reads the gateway's event log ({@code shopmind.events.feed}).
 *
 * @param enabled    pull from the gateway (off in a service's own tests, which feed its intake directly)
 * @param batchSize  events per read and per transaction
 * @param longPoll   how long the gateway holds a read when there is nothing new (long poll)
 * @param maxBackoff the longest pause between reads while the gateway or the database is unreachable
 */
@ConfigurationProperties("shopmind.events.feed")
public record EventFeedProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("1000") int batchSize,
        @DefaultValue("1s") Duration longPoll,
        @DefaultValue("5s") Duration maxBackoff) {
}
