package io.shopmind.gateway.events;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /internal/v1/events}: the PostgreSQL log read by the services (each service pulls; none reads the
 * gateway's tables). {@code after} is the consumer's committed position, so the gateway knows each one's lag.
 */
@RestController
@ConditionalOnProperty(name = "shopmind.events.log", havingValue = "postgres", matchIfMissing = true)
public class EventFeedController {

    private final PostgresEventLog eventLog;
    private final Duration maxLongPoll;

    public EventFeedController(PostgresEventLog eventLog, EventLogProperties properties) {
        this.eventLog = eventLog;
        this.maxLongPoll = properties.feedMaxLongPoll();
    }

    @Operation(summary = "Read the event log after a position (services only)",
            description = "Events in position order; when there are none yet, the answer waits up to waitMillis "
                    + "for an append.")
    @GetMapping("/internal/v1/events")
    public PostgresEventLog.FeedPage read(
            @RequestParam @Pattern(regexp = "[a-z0-9-]{1,64}") String consumer,
            @RequestParam @Min(0) long after,
            @RequestParam(defaultValue = "1000") @Min(1) @Max(10_000) int limit,
            @RequestParam(defaultValue = "0") @Min(0) @Max(60_000) long waitMillis) throws InterruptedException {
        Duration wait = Duration.ofMillis(Math.min(waitMillis, maxLongPoll.toMillis()));
        return eventLog.read(consumer, after, limit, wait);
    }
}
