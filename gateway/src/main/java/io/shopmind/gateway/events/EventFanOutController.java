package io.shopmind.gateway.events;

import io.shopmind.model.event.EventBatch;
import io.shopmind.model.event.FanOutReceipt;
import io.shopmind.model.problem.ProblemTypes;
import io.shopmind.servicesupport.problem.ProblemFactory;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/events}: the storefront's commerce events, delivered to every service. */
@RestController
public class EventFanOutController {

    private final EventFanOut fanOut;

    public EventFanOutController(EventFanOut fanOut) {
        this.fanOut = fanOut;
    }

    @Operation(summary = "Send a batch of commerce events to every service",
            description = "202 once every service has committed the batch. 503 names the services that did not; "
                    + "send the same batch again: services deduplicate by eventId.")
    @PostMapping("/api/v1/events")
    public ResponseEntity<?> publish(@Valid @RequestBody EventBatch batch, HttpServletRequest request) {
        EventFanOut.FanOutResult result = fanOut.deliver(batch);
        if (result.allAccepted()) {
            return ResponseEntity.accepted().body(new FanOutReceipt(result.events(), result.accepted()));
        }
        String names = result.failed().stream().map(EventFanOut.DeliveryFailure::service)
                .collect(Collectors.joining(", "));
        ProblemDetail problem = ProblemFactory.problem(HttpStatus.SERVICE_UNAVAILABLE,
                "Not accepted by " + names + ". Send the same batch again; services that already have it ignore it.",
                request.getRequestURI());
        problem.setType(ProblemTypes.DELIVERY_FAILED);
        problem.setTitle("Event batch not delivered to every service");
        problem.setProperty("failedServices", result.failed());
        problem.setProperty("acceptedBy", result.accepted());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5").body(problem);
    }
}
