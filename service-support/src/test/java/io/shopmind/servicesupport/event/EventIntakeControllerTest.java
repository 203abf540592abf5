package io.shopmind.servicesupport.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopmind.model.event.EventBatch;
import io.shopmind.model.event.EventEnvelope;
import io.shopmind.model.event.EventType;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The intake's plain checks stand in for Bean Validation on valid batches, so they must never pass a bad one. */
class EventIntakeControllerTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void theContractsDeclareOnlyTheConstraintsThePlainChecksCover() {
        // a constraint added to the envelope or the batch must be added to plainlyValid too
        assertThat(constraints(EventEnvelope.class))
                .containsExactly("eventId:NotNull", "occurredAt:NotNull", "payload:NotNull", "type:NotNull");
        assertThat(constraints(EventBatch.class)).containsExactly("events:NotEmpty", "events:NotNull", "events:Size");
        assertThat(validator.getConstraintsForClass(EventBatch.class).getConstraintsForProperty("events")
                .getConstrainedContainerElementTypes()).singleElement().satisfies(element -> {
                    assertThat(element.isCascaded()).isTrue();
                    assertThat(element.getConstraintDescriptors()).extracting(ConstraintDescriptor::getAnnotation)
                            .extracting(a -> a.annotationType().getSimpleName()).containsExactly("NotNull");
                });
    }

    @Test
    void agreesWithBeanValidation() {
        EventEnvelope good = new EventEnvelope(UUID.randomUUID(), EventType.ProductViewed, Instant.now(), Map.of());
        List<EventBatch> batches = new ArrayList<>(List.of(
                new EventBatch(List.of(good)),
                new EventBatch(List.of(good, good)),
                new EventBatch(List.of()),
                new EventBatch(null),
                new EventBatch(Arrays.asList(good, null)),
                new EventBatch(Collections.nCopies(EventBatch.MAX_EVENTS, good)),
                new EventBatch(Collections.nCopies(EventBatch.MAX_EVENTS + 1, good)),
                new EventBatch(List.of(new EventEnvelope(null, EventType.ProductViewed, Instant.now(), Map.of()))),
                new EventBatch(List.of(new EventEnvelope(UUID.randomUUID(), null, Instant.now(), Map.of()))),
                new EventBatch(List.of(new EventEnvelope(UUID.randomUUID(), EventType.ProductViewed, null, Map.of()))),
                new EventBatch(List.of(good, new EventEnvelope(UUID.randomUUID(), EventType.OrderPlaced,
                        Instant.now(), null)))));
        for (EventBatch batch : batches) {
            assertThat(EventIntakeController.plainlyValid(batch)).as("batch of %s", batch.events() == null ? null
                    : batch.events().size()).isEqualTo(validator.validate(batch).isEmpty());
        }
    }

    private static Set<String> constraints(Class<?> type) {
        return validator.getConstraintsForClass(type).getConstrainedProperties().stream()
                .flatMap(property -> property.getConstraintDescriptors().stream()
                        .map(c -> property.getPropertyName() + ":" + c.getAnnotation().annotationType().getSimpleName()))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
