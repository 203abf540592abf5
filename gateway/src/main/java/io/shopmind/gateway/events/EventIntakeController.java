package io.shopmind.gateway.events;

import io.shopmind.model.event.EventBatch;
import io.shopmind.model.event.EventLogReceipt;
import io.shopmind.model.problem.ProblemTypes;
import io.shopmind.servicesupport.event.EventValidator;
import io.shopmind.servicesupport.event.ValidatedEvent;
import io.shopmind.servicesupport.problem.ProblemFactory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/events}: the storefront's commerce events, checked against the contracts and made durable in
 * the event log, whatever the state of the services. At most {@code maxConcurrentAppends} batches are appended at
 * once; a batch that finds no turn soon gets a 503 to send again, so a burst meets back-pressure rather than a
 * queue that grows until the gateway runs out of memory.
 */
@RestController
public class EventIntakeController {

    private static final Logger log = LoggerFactory.getLogger(EventIntakeController.class);

    private final EventValidator validator;
    private final EventLog eventLog;
    private final Semaphore turns;
    private final long turnWaitNanos;

    public EventIntakeController(EventValidator validator, EventLog eventLog, EventLogProperties properties) {
        this.validator = validator;
        this.eventLog = eventLog;
        this.turns = new Semaphore(properties.maxConcurrentAppends(), true);
        this.turnWaitNanos = properties.appendQueueWait().toNanos();
    }

    @Operation(summary = "Send a batch of commerce events (storefront)",
            description = "Each event's payload is the record its type names (see the payload schemas). 202 once "
                    + "the batch is durable in the event log, with how many events were new to it; every service "
                    + "then applies it exactly once. 422 names each invalid field and event id, and nothing of the "
                    + "batch is stored. 503 with Retry-After when the log cannot take it now: send the same batch "
                    + "again; the log drops events it already holds.")
    @ApiResponse(responseCode = "202", description = "Durable in the event log")
    @PostMapping("/api/v1/events")
    public ResponseEntity<?> publish(@RequestBody EventBatch batch, HttpServletRequest request)
            throws InterruptedException {
        List<ValidatedEvent> events = validator.validate(batch);
        if (!turns.tryAcquire(turnWaitNanos, TimeUnit.NANOSECONDS)) {
            return unavailable(ProblemTypes.EVENT_LOG_BUSY, "Event log busy", "The event log is taking as many "
                    + "batches as it can; nothing of this one was stored. Send it again shortly.", "1", request);
        }
        try {
            int appended = eventLog.append(events);
            return ResponseEntity.accepted().body(new EventLogReceipt(events.size(), appended,
                    events.size() - appended));
        } catch (DataAccessException | TransactionException | EventLogUnavailableException e) {
            log.warn("Event batch of {} not made durable: {}", events.size(), e.toString());
            return unavailable(ProblemTypes.EVENT_LOG_UNAVAILABLE, "Event log unavailable", "The event log cannot "
                    + "make the batch durable now. Send the same batch again shortly; the log drops events it "
                    + "already holds.", "5", request);
        } finally {
            turns.release();
        }
    }

    private static ResponseEntity<ProblemDetail> unavailable(java.net.URI type, String title, String detail,
            String retryAfter, HttpServletRequest request) {
        ProblemDetail problem = ProblemFactory.problem(HttpStatus.SERVICE_UNAVAILABLE, detail, request.getRequestURI());
        problem.setType(type);
        problem.setTitle(title);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", retryAfter).body(problem);
    }
}
