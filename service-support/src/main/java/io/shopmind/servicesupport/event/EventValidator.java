package io.shopmind.servicesupport.event;

import io.shopmind.model.event.EventBatch;
import io.shopmind.model.event.EventEnvelope;
import io.shopmind.model.event.EventFieldError;
import io.shopmind.model.event.EventPayload;
import io.shopmind.servicesupport.problem.JsonErrors;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Checks a batch against the contracts of {@code common-model}: every envelope field, every payload read as its
 * type's record ({@link io.shopmind.model.event.EventType#payloadType()}) with the domain of each field, and
 * {@code occurredAt} within the plausible window. Either every event is valid, or the batch is refused with every
 * invalid field (the first {@value #MAX_REPORTED_ERRORS}) named by its path and event id.
 *
 * <p>The envelope's four fields are checked by hand rather than by cascading Bean Validation into thousands of
 * envelopes; the payload records are validated, since their constraints are the contract.
 */
public class EventValidator {

    static final int MAX_REPORTED_ERRORS = 100;

    private final JsonMapper json;
    private final Validator validator;
    private final EventValidationProperties window;
    private final Clock clock;

    public EventValidator(JsonMapper json, Validator validator, EventValidationProperties window, Clock clock) {
        // 2.5 items are not 2: a fraction where a whole number belongs is refused, not truncated
        this.json = json.rebuild().disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT).build();
        this.validator = validator;
        this.window = window;
        this.clock = clock;
    }

    /** The batch's events with their payloads read, in batch order; or {@link InvalidEventsException}. */
    public List<ValidatedEvent> validate(EventBatch batch) {
        List<EventEnvelope> events = batch.events();
        if (events == null || events.isEmpty() || events.size() > EventBatch.MAX_EVENTS) {
            throw new InvalidEventsException(0, List.of(new EventFieldError("events",
                    "must hold between 1 and " + EventBatch.MAX_EVENTS + " events", null)));
        }
        Instant now = clock.instant();
        Instant latest = now.plus(window.maxAhead());
        List<ValidatedEvent> valid = new ArrayList<>(events.size());
        List<EventFieldError> errors = new ArrayList<>();
        int invalid = 0;
        for (int i = 0; i < events.size(); i++) {
            int before = errors.size();
            EventPayload payload = check(events.get(i), "events[" + i + "]", latest, errors);
            if (errors.size() > before || payload == null) {
                invalid++;
                if (errors.size() > MAX_REPORTED_ERRORS) {
                    errors.subList(MAX_REPORTED_ERRORS, errors.size()).clear();
                }
            } else {
                valid.add(new ValidatedEvent(events.get(i), payload));
            }
        }
        if (invalid > 0) {
            throw new InvalidEventsException(invalid, errors);
        }
        return valid;
    }

    private EventPayload check(EventEnvelope event, String at, Instant latest, List<EventFieldError> errors) {
        if (event == null) {
            errors.add(new EventFieldError(at, "must not be null", null));
            return null;
        }
        UUID id = event.eventId();
        if (id == null) {
            errors.add(new EventFieldError(at + ".eventId", "must not be null", null));
        }
        if (event.occurredAt() == null) {
            errors.add(new EventFieldError(at + ".occurredAt", "must not be null", id));
        } else if (event.occurredAt().isBefore(window.earliestOccurredAt()) || event.occurredAt().isAfter(latest)) {
            errors.add(new EventFieldError(at + ".occurredAt", "must lie between " + window.earliestOccurredAt()
                    + " and " + window.maxAhead().toHours() + " h from now", id));
        }
        if (event.type() == null) {
            errors.add(new EventFieldError(at + ".type", "must not be null", id));
        }
        if (event.payload() == null) {
            errors.add(new EventFieldError(at + ".payload", "must not be null", id));
            return null;
        }
        return event.type() == null ? null : payload(event, at + ".payload", errors);
    }

    private EventPayload payload(EventEnvelope event, String at, List<EventFieldError> errors) {
        EventPayload payload;
        try {
            payload = json.convertValue(event.payload(), event.type().payloadType());
        } catch (JacksonException e) {
            errors.add(unreadable(e, at, event.eventId()));
            return null;
        } catch (IllegalArgumentException e) {
            errors.add(e.getCause() instanceof JacksonException jackson ? unreadable(jackson, at, event.eventId())
                    : new EventFieldError(at, "is not a " + event.type() + " payload", event.eventId()));
            return null;
        }
        for (ConstraintViolation<EventPayload> violation : validator.validate(payload)) {
            errors.add(new EventFieldError(at + "." + violation.getPropertyPath(), violation.getMessage(),
                    event.eventId()));
        }
        return payload;
    }

    private static EventFieldError unreadable(JacksonException e, String at, UUID eventId) {
        String path = JsonErrors.path(e);
        String field = path.isEmpty() ? at : path.startsWith("[") ? at + path : at + "." + path;
        return new EventFieldError(field, describe(e), eventId);
    }

    /** In the words of the contract, not of Java types: a client reads this. */
    private static String describe(JacksonException e) {
        Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        String expected = expected(target);
        if (e instanceof InvalidFormatException invalid) {
            return "'" + invalid.getValue() + "' is not " + expected;
        }
        return "must be " + expected;
    }

    private static String expected(Class<?> target) {
        if (target == null) {
            return "a value of the right kind";
        }
        if (target == BigDecimal.class) {
            return "a decimal number such as \"9.99\"";
        }
        if (target == int.class || target == Integer.class || target == long.class || target == Long.class
                || target == BigInteger.class) {
            return "a whole number";
        }
        if (target == boolean.class || target == Boolean.class) {
            return "true or false";
        }
        if (target == String.class) {
            return "text";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(target) || target.isRecord()) {
            return "an object";
        }
        return "a value of the right kind";
    }
}
