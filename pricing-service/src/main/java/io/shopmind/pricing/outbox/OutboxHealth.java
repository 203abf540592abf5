package io.shopmind.pricing.outbox;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The outbox in {@code /actuator/health}: how many price events wait for the gateway, the most attempts one has
 * had, and the oldest one's last error. Waiting events do not make the service unhealthy (it keeps serving prices),
 * so the status stays up; the details tell ops that the gateway is not taking events.
 */
@Component("priceEvents")
public class OutboxHealth implements HealthIndicator {

    private final Outbox outbox;

    public OutboxHealth(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Health health() {
        Outbox.OutboxState state = outbox.state();
        Health.Builder health = Health.up().withDetail("unsent", state.unsent())
                .withDetail("maxAttempts", state.maxAttempts());
        if (state.lastError() != null) {
            health.withDetail("lastError", state.lastError());
        }
        return health.build();
    }
}
