package io.shopmind.gateway.events;

import io.shopmind.model.event.EventPayload;
import io.shopmind.model.event.EventType;
import io.shopmind.servicesupport.event.KafkaEvents;
import io.shopmind.servicesupport.event.ValidatedEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event log as one Kafka topic, for shops that outgrow one database. Each event is a record keyed by its
 * payload's key (the SKU, the shopper), so one key's events stay in one partition and in order; the producer is
 * idempotent with {@code acks=all}, and a batch is acknowledged only when every record is. Each service reads the
 * topic as its own consumer group ({@code shopmind-<service>}) and commits its offsets after its database has
 * committed the events.
 *
 * <p>Unlike the PostgreSQL log, Kafka cannot drop an id it already holds: a batch sent twice is in the topic twice,
 * and every service's idempotency record ignores the second copy. So {@code appended} counts the events written.
 */
public class KafkaEventLog implements EventLog {

    private final KafkaTemplate<String, String> producer;
    private final Admin admin;
    private final String topic;
    private final List<String> consumers;
    private final JsonMapper json;
    private final Duration timeout;

    public KafkaEventLog(KafkaTemplate<String, String> producer, Admin admin, String topic, List<String> consumers,
            JsonMapper json, Duration timeout) {
        this.producer = producer;
        this.admin = admin;
        this.topic = topic;
        this.consumers = List.copyOf(consumers);
        this.json = json;
        this.timeout = timeout;
    }

    @Override
    public int append(List<ValidatedEvent> events) {
        Instant now = Instant.now();
        List<CompletableFuture<SendResult<String, String>>> sends = new ArrayList<>(events.size());
        for (ValidatedEvent event : events) {
            Record value = new Record(event.envelope().eventId(), event.envelope().type(),
                    event.envelope().occurredAt(), now, event.payload());
            sends.add(producer.send(topic, event.payload().key(), json.writeValueAsString(value)));
        }
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(timeout.toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new EventLogUnavailableException("Kafka did not confirm the batch", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EventLogUnavailableException("Interrupted while Kafka confirmed the batch", e);
        }
        return events.size();
    }

    @Override
    public LagReport lag() {
        try {
            List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS).get(topic).partitions().stream()
                    .map(partition -> new TopicPartition(topic, partition.partition())).toList();
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(
                    partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                    .all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            long head = ends.values().stream().mapToLong(ListOffsetsResult.ListOffsetsResultInfo::offset).sum();
            Map<String, ConsumerGroupDescription> groups = admin.describeConsumerGroups(
                    consumers.stream().map(KafkaEvents::group).toList()).all()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            Instant now = Instant.now();
            List<LagReport.ConsumerLag> lags = new ArrayList<>();
            for (String consumer : consumers) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(
                        KafkaEvents.group(consumer)).partitionsToOffsetAndMetadata()
                        .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                long position = 0;
                long lag = 0;
                for (TopicPartition partition : partitions) {
                    OffsetAndMetadata offset = committed.get(partition);
                    long at = offset == null ? 0 : offset.offset();
                    position += at;
                    lag += Math.max(0, ends.get(partition).offset() - at);
                }
                ConsumerGroupDescription group = groups.get(KafkaEvents.group(consumer));
                boolean reading = group != null && !group.members().isEmpty();
                lags.add(new LagReport.ConsumerLag(consumer, position, lag, reading ? now : null));
            }
            return new LagReport(head, lags);
        } catch (ExecutionException | TimeoutException e) {
            throw new EventLogUnavailableException("Kafka did not answer for the consumers' lag", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EventLogUnavailableException("Interrupted while reading the consumers' lag", e);
        }
    }

    /** One record's value: the envelope, when the log appended it, and the payload as its record. */
    record Record(UUID eventId, EventType type, Instant occurredAt, Instant appendedAt, EventPayload payload) {
    }
}
