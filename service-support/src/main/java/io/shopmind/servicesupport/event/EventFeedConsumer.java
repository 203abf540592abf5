package io.shopmind.servicesupport.event;

import io.shopmind.model.event.EventFeedPage;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Pulls the gateway's event log into this service, one page at a time, from its committed position: each page is
 * applied in one transaction with the new position ({@link EventIntake#applyFromLog}), so the service gets every
 * event exactly once, in log order, at its own pace. While the gateway or the database is unreachable it waits
 * (doubling the pause up to {@link EventFeedProperties#maxBackoff()}) and reads again from the committed position.
 */
public class EventFeedConsumer implements SmartLifecycle {

    /** The name of the gateway's log in {@code event_log_position}. */
    public static final String LOG = "gateway";

    private static final Logger log = LoggerFactory.getLogger(EventFeedConsumer.class);

    private final String consumer;
    private final EventFeedClient feed;
    private final EventIntake intake;
    private final EventLogPositionStore positions;
    private final EventFeedProperties properties;
    private volatile Thread thread;

    public EventFeedConsumer(String consumer, EventFeedClient feed, EventIntake intake,
            EventLogPositionStore positions, EventFeedProperties properties) {
        this.consumer = consumer;
        this.feed = feed;
        this.intake = intake;
        this.positions = positions;
        this.properties = properties;
    }

    @Override
    public void start() {
        Thread reader = new Thread(this::run, "event-feed-" + consumer);
        reader.setDaemon(true);
        thread = reader;
        reader.start();
    }

    @Override
    public void stop() {
        Thread reader = thread;
        thread = null;
        if (reader != null) {
            reader.interrupt();
            try {
                reader.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    /** Late in start-up, early in shutdown: the handlers and the database are there for as long as it runs. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1_000;
    }

    private void run() {
        long pause = 0;
        long position = -1;
        while (thread == Thread.currentThread()) {
            try {
                if (position < 0) {
                    position = positions.position(LOG);
                }
                EventFeedPage page = feed.read(consumer, position, properties.batchSize(),
                        properties.longPoll().toMillis());
                if (!page.events().isEmpty()) {
                    intake.applyFromLog(LOG, page.events());
                    position = page.events().get(page.events().size() - 1).position();
                }
                pause = 0;
            } catch (RuntimeException e) {
                if (thread != Thread.currentThread()) {
                    return;
                }
                pause = Math.min(properties.maxBackoff().toMillis(), Math.max(100, pause * 2));
                log.warn("Reading the event log failed, again in {} ms: {}", pause, e.toString());
                // what committed is in the database: read from there again
                position = -1;
                if (!sleep(pause)) {
                    return;
                }
            }
        }
    }

    private static boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
