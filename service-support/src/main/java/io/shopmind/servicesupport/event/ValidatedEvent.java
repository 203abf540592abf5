package io.shopmind.servicesupport.event;

import io.shopmind.model.event.EventEnvelope;
import io.shopmind.model.event.EventPayload;

/** An event whose envelope and payload passed {@link EventValidator}: its payload read as its type's record. */
public record ValidatedEvent(EventEnvelope envelope, EventPayload payload) {
}
