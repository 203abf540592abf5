package io.shopmind.gateway.events;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/events/lag}: how far each service is behind the event log (ops). */
@RestController
public class EventLagController {

    private final EventLog eventLog;

    public EventLagController(EventLog eventLog) {
        this.eventLog = eventLog;
    }

    @Operation(summary = "Each service's position and lag behind the event log's head (ops)")
    @GetMapping("/api/v1/events/lag")
    public LagReport lag() {
        return eventLog.lag();
    }
}
