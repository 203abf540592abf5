package io.shopmind.servicesupport.event;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.shopmind.model.event.EventBatch;
import io.shopmind.model.event.EventBatchReceipt;
import io.shopmind.model.event.EventEnvelope;
import io.shopmind.model.event.LoggedEvent;
import io.shopmind.servicesupport.problem.ConflictException;
import io.shopmind.servicesupport.problem.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies events exactly once and in order: records the new ids, hands the new events to the service's handlers and,
 * for events read from a log, moves the service's position in that log, all in one transaction. A batch is
 * committed whole; a batch sent or read again changes nothing.
 *
 * <p>When a handler rejects an event ({@link EventRejectedException}) the batch's transaction rolls back and the
 * batch is applied again event by event, each in its own transaction: the good ones land, and each rejected one goes
 * to the dead-letter table with its idempotency record and its position, so it neither blocks the events behind it
 * nor is lost. Any other failure (the database is down) leaves the position where it was, to be read again.
 */
public class EventIntake {

    private final String serviceName;
    private final ProcessedEventStore store;
    private final DeadLetterStore deadLetters;
    private final EventLogPositionStore positions;
    private final List<EventHandler> handlers;
    private final TransactionTemplate transactions;
    private final MeterRegistry registry;
    private final Counter accepted;
    private final Counter duplicates;
    private final Timer endToEnd;

    public EventIntake(String serviceName, ProcessedEventStore store, DeadLetterStore deadLetters,
            EventLogPositionStore positions, List<EventHandler> handlers, TransactionTemplate transactions,
            MeterRegistry registry) {
        this.serviceName = serviceName;
        this.store = store;
        this.deadLetters = deadLetters;
        this.positions = positions;
        this.handlers = List.copyOf(handlers);
        this.transactions = transactions;
        this.registry = registry;
        this.accepted = Counter.builder("shopmind.events.received").tag("outcome", "accepted")
                .description("Events accepted for the first time").register(registry);
        this.duplicates = Counter.builder("shopmind.events.received").tag("outcome", "duplicate")
                .description("Events ignored because their id was seen before").register(registry);
        this.endToEnd = Timer.builder("shopmind.events.end_to_end_lag")
                .description("From the log's append of an event to its commit in this service")
                .publishPercentiles(0.5, 0.99).register(registry);
    }

    /** The service's own intake (tests, ops): the batch applied once, outside any log. */
    public EventBatchReceipt accept(EventBatch batch) {
        List<Delivery> deliveries = batch.events().stream().map(event -> new Delivery(event, null)).toList();
        Outcome outcome = apply(null, deliveries);
        return new EventBatchReceipt(serviceName, batch.events().size(), outcome.accepted(), outcome.duplicates(),
                outcome.deadLettered());
    }

    /**
     * Events read from {@code log}, in its order, applied with the log's new position. Events at or below the
     * committed position were applied before (by this or another replica) and change nothing.
     */
    public void applyFromLog(String log, List<LoggedEvent> events) {
        applyLogged(log, events);
    }

    /**
     * Events from a log that keeps its positions itself and may deliver again (Kafka: the consumer group's offsets,
     * committed after this returns); the idempotency record alone makes a redelivery change nothing.
     */
    public void applyRedelivered(List<LoggedEvent> events) {
        applyLogged(null, events);
    }

    private void applyLogged(String log, List<LoggedEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        List<Delivery> deliveries = new ArrayList<>(events.size());
        for (LoggedEvent event : events) {
            deliveries.add(new Delivery(event.envelope(), event.position()));
        }
        apply(log, deliveries);
        Instant now = Instant.now();
        for (LoggedEvent event : events) {
            endToEnd.record(Duration.between(event.appendedAt(), now));
        }
    }

    /** Applies a dead letter again (after its cause was fixed); removes it once applied. */
    public void replay(UUID eventId) {
        try {
            transactions.executeWithoutResult(status -> {
                DeadLetter letter = deadLetters.lock(eventId)
                        .orElseThrow(() -> new NotFoundException("No dead letter " + eventId + "."));
                dispatch(List.of(new EventEnvelope(letter.eventId(), letter.type(), letter.occurredAt(),
                        letter.payload())));
                deadLetters.remove(eventId);
            });
        } catch (EventRejectedException rejected) {
            transactions.executeWithoutResult(status -> deadLetters.replayFailed(eventId, rejected));
            throw new ConflictException("Still rejected (" + rejected.reason() + "): " + rejected.detail());
        }
    }

    private Outcome apply(String log, List<Delivery> deliveries) {
        Outcome outcome;
        try {
            outcome = transactions.execute(status -> applyAll(log, deliveries));
        } catch (EventRejectedException rejected) {
            outcome = Outcome.NONE;
            for (Delivery delivery : deliveries) {
                outcome = outcome.plus(applyAlone(log, delivery));
            }
        }
        accepted.increment(outcome.accepted());
        duplicates.increment(outcome.duplicates());
        return outcome;
    }

    private Outcome applyAlone(String log, Delivery delivery) {
        try {
            return transactions.execute(status -> applyAll(log, List.of(delivery)));
        } catch (EventRejectedException rejected) {
            Outcome outcome = transactions.execute(status -> deadLetter(log, delivery, rejected));
            if (outcome.deadLettered() > 0) {
                Counter.builder("shopmind.events.dead_lettered").tag("service", serviceName)
                        .tag("reason", rejected.reason()).description("Events this service could not apply")
                        .register(registry).increment();
            }
            return outcome;
        }
    }

    private Outcome applyAll(String log, List<Delivery> deliveries) {
        List<Delivery> pending = unapplied(log, deliveries);
        if (pending.isEmpty()) {
            return new Outcome(0, deliveries.size(), 0);
        }
        List<EventEnvelope> events = new ArrayList<>(pending.size());
        pending.forEach(delivery -> events.add(delivery.event()));
        Set<UUID> newIds = store.recordNew(events);
        List<EventEnvelope> newEvents = new ArrayList<>(newIds.size());
        for (EventEnvelope event : events) {
            // a batch may repeat an id: only its first occurrence is new
            if (newIds.remove(event.eventId())) {
                newEvents.add(event);
            }
        }
        dispatch(newEvents);
        moveTo(log, pending);
        return new Outcome(newEvents.size(), deliveries.size() - newEvents.size(), 0);
    }

    private Outcome deadLetter(String log, Delivery delivery, EventRejectedException rejected) {
        if (unapplied(log, List.of(delivery)).isEmpty() || store.recordNew(List.of(delivery.event())).isEmpty()) {
            return new Outcome(0, 1, 0);
        }
        deadLetters.add(delivery.event(), delivery.position(), rejected);
        moveTo(log, List.of(delivery));
        return new Outcome(0, 0, 1);
    }

    private List<Delivery> unapplied(String log, List<Delivery> deliveries) {
        if (log == null) {
            return deliveries;
        }
        long committed = positions.lock(log);
        return deliveries.stream().filter(delivery -> delivery.position() > committed).toList();
    }

    private void moveTo(String log, List<Delivery> applied) {
        if (log != null) {
            positions.save(log, applied.get(applied.size() - 1).position());
        }
    }

    private void dispatch(List<EventEnvelope> newEvents) {
        for (EventHandler handler : handlers) {
            List<EventEnvelope> relevant = newEvents.stream().filter(e -> handler.types().contains(e.type())).toList();
            if (!relevant.isEmpty()) {
                handler.handle(relevant);
            }
        }
    }

    /** An event to apply, with its position in a log (its offset on Kafka; null outside a log). */
    private record Delivery(EventEnvelope event, Long position) {
    }

    private record Outcome(int accepted, int duplicates, int deadLettered) {

        static final Outcome NONE = new Outcome(0, 0, 0);

        Outcome plus(Outcome other) {
            return new Outcome(accepted + other.accepted, duplicates + other.duplicates,
                    deadLettered + other.deadLettered);
        }
    }
}
