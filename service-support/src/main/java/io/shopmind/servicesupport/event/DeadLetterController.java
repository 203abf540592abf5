package io.shopmind.servicesupport.event;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The service's dead letters, for operations: what it could not apply and why, and a replay once it is fixed. */
@RestController
public class DeadLetterController {

    private final DeadLetterStore deadLetters;
    private final EventIntake intake;

    public DeadLetterController(DeadLetterStore deadLetters, EventIntake intake) {
        this.deadLetters = deadLetters;
        this.intake = intake;
    }

    @Operation(summary = "List the events this service could not apply, oldest first (ops)")
    @GetMapping("/api/v1/${shopmind.service.path-segment}/dead-letters")
    public List<DeadLetter> list(
            @RequestParam(required = false) @Size(max = 64) @Pattern(regexp = "[a-z0-9-]+") String reason,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1_000) int limit) {
        return deadLetters.list(reason, limit);
    }

    @Operation(summary = "Apply a dead letter again, e.g. once its SKU exists (ops)",
            description = "200 when applied (it leaves the dead letters); 409 with the reason when still rejected.")
    @PostMapping("/api/v1/${shopmind.service.path-segment}/dead-letters/{eventId}/replay")
    public Map<String, Object> replay(@PathVariable UUID eventId) {
        intake.replay(eventId);
        return Map.of("eventId", eventId, "outcome", "applied");
    }
}
