package io.shopmind.servicesupport.event;

import io.shopmind.model.event.EventBatch;
import io.shopmind.model.event.EventBatchReceipt;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/<service>/events}: the service's own intake, for tests and operations. The storefront's events
 * reach the service through the gateway's event log instead; the gateway does not route this path.
 */
@RestController
public class EventIntakeController {

    private final EventIntake intake;
    private final EventValidator validator;

    public EventIntakeController(EventIntake intake, EventValidator validator) {
        this.intake = intake;
        this.validator = validator;
    }

    @Operation(summary = "Apply a batch of commerce events directly (operations and tests; not routed by the gateway)",
            description = "Checked as the gateway checks it (422 naming each invalid field). Idempotent by eventId. "
                    + "202 once the batch is committed; events the service cannot apply are dead-lettered.")
    @PostMapping("/api/v1/${shopmind.service.path-segment}/events")
    public ResponseEntity<EventBatchReceipt> accept(@RequestBody EventBatch batch) {
        validator.validate(batch);
        return ResponseEntity.accepted().body(intake.accept(batch));
    }
}
