package io.shopmind.servicesupport.event;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.shopmind.model.event.EventBatch;
import io.shopmind.model.event.EventBatchReceipt;
import io.shopmind.model.event.EventEnvelope;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accepts an event batch exactly once: records the new ids and hands the new events to the service's handlers in one
 * transaction, so an acknowledged batch is committed whole and a retried batch changes nothing.
 */
public class EventIntake {

    private final String serviceName;
    private final ProcessedEventStore store;
    private final List<EventHandler> handlers;
    private final Counter accepted;
    private final Counter duplicates;

    public EventIntake(String serviceName, ProcessedEventStore store, List<EventHandler> handlers,
            MeterRegistry registry) {
        this.serviceName = serviceName;
        this.store = store;
        this.handlers = List.copyOf(handlers);
        this.accepted = Counter.builder("shopmind.events.received").tag("outcome", "accepted")
                .description("Events accepted for the first time").register(registry);
        this.duplicates = Counter.builder("shopmind.events.received").tag("outcome", "duplicate")
                .description("Events ignored because their id was seen before").register(registry);
    }

    @Transactional
    public EventBatchReceipt accept(EventBatch batch) {
        Set<UUID> newIds = store.recordNew(batch.events());
        List<EventEnvelope> newEvents = new ArrayList<>(newIds.size());
        for (EventEnvelope event : batch.events()) {
            // a batch may repeat an id: only its first occurrence is new
            if (newIds.remove(event.eventId())) {
                newEvents.add(event);
            }
        }
        for (EventHandler handler : handlers) {
            List<EventEnvelope> relevant = newEvents.stream().filter(e -> handler.types().contains(e.type())).toList();
            if (!relevant.isEmpty()) {
                handler.handle(relevant);
            }
        }
        int received = batch.events().size();
        accepted.increment(newEvents.size());
        duplicates.increment(received - newEvents.size());
        return new EventBatchReceipt(serviceName, received, newEvents.size(), received - newEvents.size());
    }
}
