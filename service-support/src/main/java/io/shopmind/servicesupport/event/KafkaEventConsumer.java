package io.shopmind.servicesupport.event;

import io.shopmind.model.event.EventType;
import io.shopmind.model.event.LoggedEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.CommonContainerStoppingErrorHandler;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the Kafka event log as the service's own consumer group and applies each poll's records through the same
 * {@link EventIntake} as the PostgreSQL log, in one transaction; the offsets are committed only after it (ack mode
 * BATCH), so a crash between the two redelivers records the idempotency record then ignores. A failure that is not
 * a handler's rejection (the database is down) applies the same records again after a growing pause, up to 5 s,
 * until it succeeds: nothing behind them is applied out of order, nothing is skipped. The retry is the listener's
 * own, not an error handler's, because an error handler gives up after its back-off and commits past the records;
 * the container's error handler only stops it (without committing) when the service shuts down mid-retry.
 */
public class KafkaEventConsumer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(KafkaEventConsumer.class);
    private static final long MAX_PAUSE_MILLIS = 5_000;

    private final KafkaMessageListenerContainer<String, String> container;
    private volatile boolean running;

    public KafkaEventConsumer(String service, KafkaEvents kafka, EventFeedProperties feed, EventIntake intake,
            JsonMapper json) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, KafkaEvents.group(service),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, feed.batchSize());
        ContainerProperties properties = new ContainerProperties(kafka.topic());
        properties.setAckMode(ContainerProperties.AckMode.BATCH);
        properties.setMessageListener((BatchMessageListener<String, String>) records -> {
            List<LoggedEvent> events = new ArrayList<>(records.size());
            for (ConsumerRecord<String, String> record : records) {
                Value value = json.readValue(record.value(), Value.class);
                events.add(new LoggedEvent(record.offset(), value.eventId(), value.type(), value.occurredAt(),
                        value.appendedAt(), value.payload()));
            }
            applyUntilDone(intake, events);
        });
        container = new KafkaMessageListenerContainer<>(new DefaultKafkaConsumerFactory<>(config,
                new StringDeserializer(), new StringDeserializer()), properties);
        container.setCommonErrorHandler(new CommonContainerStoppingErrorHandler());
        container.setBeanName("event-log-" + service);
    }

    private void applyUntilDone(EventIntake intake, List<LoggedEvent> events) {
        for (long pause = 100; ; pause = Math.min(MAX_PAUSE_MILLIS, pause * 2)) {
            try {
                intake.applyRedelivered(events);
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    throw e;
                }
                log.warn("Applying {} events from Kafka failed, again in {} ms: {}", events.size(), pause, e.toString());
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    @Override
    public void start() {
        running = true;
        container.start();
    }

    @Override
    public void stop() {
        running = false;
        container.stop();
    }

    @Override
    public boolean isRunning() {
        return container.isRunning();
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1_000;
    }

    /** A record's value as the gateway writes it: the logged event without its position (the record's offset). */
    private record Value(UUID eventId, EventType type, Instant occurredAt, Instant appendedAt,
            Map<String, Object> payload) {
    }
}
