package io.shopmind.servicesupport.event;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Kafka event log ({@code shopmind.events.kafka.*}), used when {@code shopmind.events.log=kafka}, by the gateway
 * (producer) and the services (one consumer group each).
 *
 * @param bootstrapServers the brokers, e.g. {@code kafka-1:9092,kafka-2:9092}
 * @param topic            the one topic of commerce events
 * @param sendTimeout      how long the gateway waits for the brokers to confirm a batch before a 503
 * @param partitions       the topic's partitions when the gateway creates it (events of one key share one)
 * @param replicas         the topic's replication factor when the gateway creates it (3 in production)
 */
@ConfigurationProperties("shopmind.events.kafka")
public record KafkaEvents(
        @DefaultValue("localhost:9092") String bootstrapServers,
        @DefaultValue("shopmind-events") String topic,
        @DefaultValue("10s") Duration sendTimeout,
        @DefaultValue("6") int partitions,
        @DefaultValue("1") short replicas) {

    /** The consumer group a service reads the topic as: {@code shopmind-<service>}. */
    public static String group(String service) {
        return "shopmind-" + service;
    }
}
