package io.shopmind.servicesupport.job;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The job queue's settings ({@code shopmind.jobs.*}).
 *
 * @param workers      jobs one instance runs at a time (jobs use the cores themselves; two keep a service responsive)
 * @param lease        how long a claimed job stays with its instance without a heartbeat
 * @param heartbeat    how often an instance renews its leases and re-queues the expired leases of others
 * @param poll         how often an idle worker looks for queued jobs submitted on other instances
 * @param maxAttempts  how many times a job is started before an expired lease fails it
 */
@ConfigurationProperties("shopmind.jobs")
public record JobProperties(@DefaultValue("2") int workers, @DefaultValue("30s") Duration lease,
        @DefaultValue("10s") Duration heartbeat, @DefaultValue("1s") Duration poll,
        @DefaultValue("3") int maxAttempts) {
}
