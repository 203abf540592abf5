package io.shopmind.servicesupport.event;

import io.shopmind.model.event.EventBatch;
import io.shopmind.model.event.EventBatchReceipt;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/<service>/events}: where the gateway delivers the storefront's event batches. */
@RestController
public class EventIntakeController {

    private final EventIntake intake;

    public EventIntakeController(EventIntake intake) {
        this.intake = intake;
    }

    @Operation(summary = "Accept a batch of commerce events",
            description = "Idempotent by eventId: a batch sent again changes nothing. 202 once the batch is committed.")
    @PostMapping("/api/v1/${shopmind.service.path-segment}/events")
    public ResponseEntity<EventBatchReceipt> accept(@Valid @RequestBody EventBatch batch) {
        return ResponseEntity.accepted().body(intake.accept(batch));
    }
}
