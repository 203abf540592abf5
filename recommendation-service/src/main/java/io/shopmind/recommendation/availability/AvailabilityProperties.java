package io.shopmind.recommendation.availability;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param connectTimeout how long to wait for inventory-service to accept the connection
 * @param readTimeout    how long to wait for its answer
 * @param cacheTtl       how long a known stock state is used without asking again
 */
@ConfigurationProperties("shopmind.recommendation.availability")
public record AvailabilityProperties(Duration connectTimeout, Duration readTimeout, Duration cacheTtl) {

    public AvailabilityProperties {
        connectTimeout = connectTimeout == null ? Duration.ofMillis(200) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofMillis(300) : readTimeout;
        cacheTtl = cacheTtl == null ? Duration.ofSeconds(30) : cacheTtl;
    }
}
