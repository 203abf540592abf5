package io.shopmind.pricing.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How price events reach the gateway (found through {@link io.shopmind.servicesupport.client.ServiceUrls}).
 *
 * @param interval   how often the publisher looks for events to send
 * @param batchSize  events per batch sent
 */
@ConfigurationProperties("shopmind.pricing.outbox")
public record OutboxProperties(@DefaultValue("1s") Duration interval, @DefaultValue("500") int batchSize,
        @DefaultValue("1s") Duration connectTimeout, @DefaultValue("10s") Duration readTimeout) {
}
