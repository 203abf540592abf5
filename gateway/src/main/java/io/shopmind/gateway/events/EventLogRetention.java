package io.shopmind.gateway.events;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Keeps the PostgreSQL log from growing without end: every {@code retentionInterval}, deletes the events older than
 * {@code retention} that every consumer has applied.
 */
public class EventLogRetention implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EventLogRetention.class);

    private final PostgresEventLog eventLog;
    private final Duration retention;
    private final Duration interval;
    private ScheduledExecutorService scheduler;

    public EventLogRetention(PostgresEventLog eventLog, EventLogProperties properties) {
        this.eventLog = eventLog;
        this.retention = properties.retention();
        this.interval = properties.retentionInterval();
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "event-log-retention");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::deleteApplied, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    void deleteApplied() {
        try {
            int deleted = eventLog.deleteApplied(retention);
            if (deleted > 0) {
                log.info("Event log retention: deleted {} events applied by every service and older than {}",
                        deleted, retention);
            }
        } catch (RuntimeException e) {
            log.warn("Event log retention did not run: {}", e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
