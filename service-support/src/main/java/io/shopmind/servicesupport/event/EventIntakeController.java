package io.shopmind.servicesupport.event;

import io.shopmind.model.event.EventBatch;
import io.shopmind.model.event.EventBatchReceipt;
import io.shopmind.model.event.EventEnvelope;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Validator;
import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/<service>/events}: where the gateway delivers the storefront's event batches. */
@RestController
public class EventIntakeController {

    private static final MethodParameter BATCH;

    static {
        try {
            BATCH = new MethodParameter(EventIntakeController.class.getMethod("accept", EventBatch.class), 0);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final EventIntake intake;
    private final SpringValidatorAdapter validator;

    public EventIntakeController(EventIntake intake, Validator validator) {
        this.intake = intake;
        this.validator = new SpringValidatorAdapter(validator);
    }

    @Operation(summary = "Accept a batch of commerce events",
            description = "Idempotent by eventId: a batch sent again changes nothing. 202 once the batch is committed.")
    @PostMapping("/api/v1/${shopmind.service.path-segment}/events")
    public ResponseEntity<EventBatchReceipt> accept(@RequestBody EventBatch batch) throws MethodArgumentNotValidException {
        validate(batch);
        return ResponseEntity.accepted().body(intake.accept(batch));
    }

    /**
     * Bean Validation of the batch, answered exactly as {@code @Valid} would. Cascading it into thousands of
     * envelopes costs more than storing them, so a batch that passes the plain checks below (the same constraints
     * as {@link EventBatch} and {@link EventEnvelope} declare; {@code EventIntakeControllerTest} keeps them in step)
     * skips it, and only a faulty batch pays for the full report.
     */
    private void validate(EventBatch batch) throws MethodArgumentNotValidException {
        if (plainlyValid(batch)) {
            return;
        }
        BindingResult result = new BeanPropertyBindingResult(batch, "eventBatch");
        validator.validate(batch, result);
        if (result.hasErrors()) {
            throw new MethodArgumentNotValidException(BATCH, result);
        }
    }

    static boolean plainlyValid(EventBatch batch) {
        List<EventEnvelope> events = batch.events();
        if (events == null || events.isEmpty() || events.size() > EventBatch.MAX_EVENTS) {
            return false;
        }
        for (EventEnvelope event : events) {
            if (event == null || event.eventId() == null || event.type() == null || event.occurredAt() == null
                    || event.payload() == null) {
                return false;
            }
        }
        return true;
    }
}
