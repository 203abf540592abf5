package io.shopmind.servicesupport.event;

import io.shopmind.model.event.LoggedEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.util.backoff.ExponentialBackOff;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the Kafka event log as the service's own consumer group and applies each poll's records through the same
 * {@link EventIntake} as the PostgreSQL log, in one transaction; the offsets are committed only after it (ack mode
 * BATCH), so a crash between the two redelivers records the idempotency record then ignores. A failure that is not
 * a handler's rejection (the database is down) retries the same records with a growing pause, up to 5 s, forever:
 * nothing behind them is applied out of order, nothing is skipped.
 */
public class KafkaEventConsumer implements SmartLifecycle {

    private final KafkaMessageListenerContainer<String, String> container;

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
                LoggedEvent value = json.readValue(record.value(), LoggedEvent.class);
                events.add(new LoggedEvent(record.offset(), value.eventId(), value.type(), value.occurredAt(),
                        value.appendedAt(), value.payload()));
            }
            intake.applyRedelivered(events);
        });
        container = new KafkaMessageListenerContainer<>(new DefaultKafkaConsumerFactory<>(config,
                new StringDeserializer(), new StringDeserializer()), properties);
        ExponentialBackOff backOff = new ExponentialBackOff(100, 2.0);
        backOff.setMaxInterval(5_000);
        container.setCommonErrorHandler(new DefaultErrorHandler(backOff));
        container.setBeanName("event-log-" + service);
    }

    @Override
    public void start() {
        container.start();
    }

    @Override
    public void stop() {
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
}
