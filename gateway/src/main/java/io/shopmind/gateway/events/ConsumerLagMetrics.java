package io.shopmind.gateway.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Each consumer's lag as the gauge {@code shopmind.events.lag{service}} and as a component of the gateway's health
 * ({@code eventConsumers}), read from the log at most once a second however often both are asked.
 */
public class ConsumerLagMetrics {

    private static final Duration FRESH = Duration.ofSeconds(1);
    /** A consumer that has not read the log for this long is shown as UNKNOWN: stopped, or unable to reach us. */
    private static final Duration QUIET = Duration.ofSeconds(60);

    private final EventLog eventLog;
    private LagReport last;
    private Instant lastAt = Instant.EPOCH;

    public ConsumerLagMetrics(EventLog eventLog, EventLogProperties properties, MeterRegistry registry) {
        this.eventLog = eventLog;
        for (String consumer : properties.consumers()) {
            Gauge.builder("shopmind.events.lag", () -> lagOf(consumer))
                    .tag("service", consumer).description("Events in the log the service has not applied yet")
                    .register(registry);
        }
    }

    synchronized LagReport report() {
        Instant now = Instant.now();
        if (last == null || Duration.between(lastAt, now).compareTo(FRESH) > 0) {
            last = eventLog.lag();
            lastAt = now;
        }
        return last;
    }

    private double lagOf(String consumer) {
        try {
            return report().consumers().stream().filter(lag -> lag.consumer().equals(consumer)).findFirst()
                    .map(lag -> (double) lag.lag()).orElse(Double.NaN);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    CompositeHealthContributor health(EventLogProperties properties) {
        Map<String, HealthIndicator> indicators = new LinkedHashMap<>();
        for (String consumer : properties.consumers()) {
            indicators.put(consumer, () -> healthOf(consumer));
        }
        return CompositeHealthContributor.fromMap(indicators);
    }

    private Health healthOf(String consumer) {
        LagReport report;
        try {
            report = report();
        } catch (RuntimeException e) {
            return Health.down().withDetail("error", "the event log cannot be read").build();
        }
        LagReport.ConsumerLag lag = report.consumers().stream().filter(c -> c.consumer().equals(consumer))
                .findFirst().orElseThrow();
        boolean reading = lag.seenAt() != null && Duration.between(lag.seenAt(), Instant.now()).compareTo(QUIET) < 0;
        Health.Builder health = reading ? Health.up() : Health.unknown();
        health.withDetail("position", lag.position()).withDetail("head", report.head()).withDetail("lag", lag.lag());
        if (lag.seenAt() != null) {
            health.withDetail("seenAt", lag.seenAt().toString());
        }
        return health.build();
    }
}
