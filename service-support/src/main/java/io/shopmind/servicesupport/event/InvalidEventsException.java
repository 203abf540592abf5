package io.shopmind.servicesupport.event;

import io.shopmind.model.event.EventFieldError;
import java.util.List;

/** A batch with invalid events: none of it is stored. Answered as a 422 problem listing every invalid field. */
public class InvalidEventsException extends RuntimeException {

    private final int invalidEvents;
    private final List<EventFieldError> errors;

    public InvalidEventsException(int invalidEvents, List<EventFieldError> errors) {
        super(invalidEvents + (invalidEvents == 1 ? " event" : " events")
                + " of the batch " + (invalidEvents == 1 ? "is" : "are") + " invalid; nothing of it was stored."
                + " Fix them and send the batch again.", null, false, false);
        this.invalidEvents = invalidEvents;
        this.errors = List.copyOf(errors);
    }

    public int invalidEvents() {
        return invalidEvents;
    }

    public List<EventFieldError> errors() {
        return errors;
    }
}
