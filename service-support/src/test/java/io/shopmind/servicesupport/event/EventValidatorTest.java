package io.shopmind.servicesupport.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.shopmind.model.event.EventBatch;
import io.shopmind.model.event.EventEnvelope;
import io.shopmind.model.event.EventFieldError;
import io.shopmind.model.event.EventType;
import io.shopmind.model.event.OrderPlaced;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The hostile inputs of a careless storefront, each named by its path and event id; valid events read as records. */
class EventValidatorTest {

    private static final ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
    private static final JsonMapper json = JsonMapper.builder().build();
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final EventValidator validator = new EventValidator(json, factory.getValidator(),
            new EventValidationProperties(Instant.parse("2000-01-01T00:00:00Z"), Duration.ofDays(1)),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void readsAValidOrderAsItsRecord() {
        List<ValidatedEvent> valid = validator.validate(batch(order(line("SKU-1", "2", "\"9.99\""))));

        OrderPlaced order = (OrderPlaced) valid.get(0).payload();
        assertThat(order.lines().get(0).quantity()).isEqualTo(2);
        assertThat(order.lines().get(0).unitPrice().amount()).isEqualByComparingTo("9.99");
    }

    @Test
    void namesTheBadLineOfAnOrderWithTheEventId() {
        EventEnvelope bad = order(line("SKU-1", "1", "\"1.00\""), line("SKU-2", "1", "\"1.00\""),
                line("SKU-3", "0", "\"1.00\""));
        List<EventFieldError> errors = refused(batch(order(line("SKU-1", "1", "\"1.00\"")), bad));

        assertThat(errors).containsExactly(new EventFieldError("events[1].payload.lines[2].quantity",
                "must be greater than or equal to 1", bad.eventId()));
    }

    @Test
    void refusesNaNInfinityAndWordsWhereNumbersBelong() {
        assertThat(refused(batch(order(line("SKU-1", "1", "\"NaN\"")))).get(0))
                .extracting(EventFieldError::field, EventFieldError::message)
                .containsExactly("events[0].payload.lines[0].unitPrice.amount",
                        "'NaN' is not a decimal number such as \"9.99\"");
        assertThat(refused(batch(order(line("SKU-1", "1", "\"Infinity\"")))).get(0).field())
                .isEqualTo("events[0].payload.lines[0].unitPrice.amount");
        assertThat(refused(batch(order(line("SKU-1", "\"abc\"", "\"1.00\"")))).get(0))
                .extracting(EventFieldError::field, EventFieldError::message)
                .containsExactly("events[0].payload.lines[0].quantity", "'abc' is not a whole number");
        assertThat(refused(batch(order(line("SKU-1", "2.5", "\"1.00\"")))).get(0).field())
                .isEqualTo("events[0].payload.lines[0].quantity");
        assertThat(refused(batch(order(line("SKU-1", "1", "1e308")))).get(0).field())
                .isEqualTo("events[0].payload.lines[0].unitPrice.amount");
    }

    @Test
    void refusesAControlCharacterAndAnOrderWithoutLines() {
        assertThat(refused(batch(order(line("SKU\u0000-1", "1", "\"1.00\"")))).get(0).field())
                .isEqualTo("events[0].payload.lines[0].sku");
        assertThat(refused(batch(order())).get(0).field()).isEqualTo("events[0].payload.lines");
    }

    @Test
    void keepsOccurredAtInAPlausibleWindow() {
        EventEnvelope ancient = event(EventType.ProductViewed, Instant.ofEpochSecond(0), "{\"sku\":\"A\",\"sessionId\":\"s\"}");
        EventEnvelope future = event(EventType.ProductViewed, NOW.plus(Duration.ofDays(2)), "{\"sku\":\"A\",\"sessionId\":\"s\"}");
        EventEnvelope soon = event(EventType.ProductViewed, NOW.plus(Duration.ofHours(23)), "{\"sku\":\"A\",\"sessionId\":\"s\"}");

        assertThat(refused(batch(ancient, soon, future))).extracting(EventFieldError::field)
                .containsExactly("events[0].occurredAt", "events[2].occurredAt");
    }

    @Test
    void namesMissingEnvelopeFieldsAndAPayloadOfTheWrongShape() {
        EventEnvelope noId = new EventEnvelope(null, EventType.ProductViewed, NOW, Map.of("sku", "A", "sessionId", "s"));
        EventEnvelope wrongShape = event(EventType.OrderPlaced, NOW, "{\"orderId\":\"o\",\"customerId\":\"c\",\"lines\":\"x\"}");

        assertThat(refused(batch(noId, wrongShape))).extracting(EventFieldError::field, EventFieldError::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("events[0].eventId", "must not be null"),
                        org.assertj.core.groups.Tuple.tuple("events[1].payload.lines", "must be a list"));
    }

    @Test
    void reportsAtMostAHundredErrorsButCountsEveryInvalidEvent() {
        EventEnvelope bad = order(line("", "0", "\"-1\""));
        InvalidEventsException refused = catchThrowableOfType(InvalidEventsException.class,
                () -> validator.validate(new EventBatch(Collections.nCopies(500, bad))));

        assertThat(refused.invalidEvents()).isEqualTo(500);
        assertThat(refused.errors()).hasSize(EventValidator.MAX_REPORTED_ERRORS);
    }

    @Test
    void refusesAnEmptyOrOversizedBatch() {
        assertThat(refused(new EventBatch(List.of())).get(0).field()).isEqualTo("events");
        List<EventEnvelope> tooMany = new ArrayList<>(Collections.nCopies(EventBatch.MAX_EVENTS + 1,
                order(line("SKU-1", "1", "\"1.00\""))));
        assertThat(refused(new EventBatch(tooMany)).get(0).field()).isEqualTo("events");
    }

    private static List<EventFieldError> refused(EventBatch batch) {
        return catchThrowableOfType(InvalidEventsException.class, () -> validator.validate(batch)).errors();
    }

    private static EventBatch batch(EventEnvelope... events) {
        return new EventBatch(List.of(events));
    }

    private static String line(String sku, String quantity, String amount) {
        return """
                {"sku":"%s","quantity":%s,"unitPrice":{"amount":%s,"currency":"EUR"}}"""
                .formatted(sku.replace("\u0000", "\\u0000"), quantity, amount);
    }

    private static EventEnvelope order(String... lines) {
        return event(EventType.OrderPlaced, NOW, """
                {"orderId":"o-1","customerId":"C-1","lines":[%s]}""".formatted(String.join(",", lines)));
    }

    private static EventEnvelope event(EventType type, Instant at, String payload) {
        return new EventEnvelope(UUID.randomUUID(), type, at,
                json.readValue(payload, new TypeReference<Map<String, Object>>() { }));
    }
}
