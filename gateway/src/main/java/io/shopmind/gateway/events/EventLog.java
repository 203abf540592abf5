package io.shopmind.gateway.events;

import io.shopmind.servicesupport.event.ValidatedEvent;
import java.util.List;

/**
 * Where the gateway makes the storefront's events durable before it answers 202: a PostgreSQL table
 * ({@link PostgresEventLog}, the default) or a Kafka topic ({@link KafkaEventLog}), chosen by
 * {@code shopmind.events.log}. Each service consumes it from its own committed position.
 */
public interface EventLog {

    /**
     * Makes the events durable, in batch order, and returns how many were new: an event whose id the log already
     * holds is dropped. Returns only once they are durable; throws if they may not be.
     */
    int append(List<ValidatedEvent> events);

    /** Each consumer's committed position beside the log's head. */
    LagReport lag();
}
