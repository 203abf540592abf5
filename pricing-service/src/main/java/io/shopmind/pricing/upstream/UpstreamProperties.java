package io.shopmind.pricing.upstream;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Timeouts of pricing's calls to forecast-service and inventory-service (their addresses: {@code shopmind.services}). */
@ConfigurationProperties("shopmind.pricing.upstream")
public record UpstreamProperties(@DefaultValue("1s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout) {
}
