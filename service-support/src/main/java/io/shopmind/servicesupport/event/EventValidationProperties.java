package io.shopmind.servicesupport.event;

import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The plausible window of an event's {@code occurredAt}: no shop sold anything before {@code earliestOccurredAt},
 * and a storefront's clock may run ahead by {@code maxAhead} at most.
 */
@ConfigurationProperties("shopmind.events.validation")
public record EventValidationProperties(
        @DefaultValue("2000-01-01T00:00:00Z") Instant earliestOccurredAt,
        @DefaultValue("1d") Duration maxAhead) {
}
