package io.shopmind.servicesupport.event;

import java.util.UUID;

/**
 * A handler cannot apply an event for a domain reason: it names the event, a short reason code (a metric tag, e.g.
 * {@code unknown-sku}) and a sentence for the operator. The intake puts the event in the dead-letter table, from
 * where it can be replayed once the cause is fixed.
 */
public class EventRejectedException extends RuntimeException {

    private final UUID eventId;
    private final String reason;

    public EventRejectedException(UUID eventId, String reason, String detail) {
        super(detail, null, false, false);
        this.eventId = eventId;
        this.reason = reason;
    }

    public UUID eventId() {
        return eventId;
    }

    /** A short, stable code: {@code unknown-sku}, {@code stock-below-zero}, ... */
    public String reason() {
        return reason;
    }

    public String detail() {
        return getMessage();
    }
}
