package io.shopmind.servicesupport.event;

import io.shopmind.model.event.EventEnvelope;
import io.shopmind.model.event.EventType;
import java.util.List;
import java.util.Set;

/**
 * A service's handling of the event types it uses. It is called inside the intake's transaction with the events
 * of its types that the service has not seen before, so what it writes commits (or rolls back) with the
 * idempotency record. It applies each event whole or not at all: an event it cannot apply for a domain reason (an
 * unknown SKU, stock below zero) makes it throw {@link EventRejectedException}, and the intake dead-letters that
 * event alone. It never skips an event silently.
 */
public interface EventHandler {

    Set<EventType> types();

    void handle(List<EventEnvelope> newEvents);
}
