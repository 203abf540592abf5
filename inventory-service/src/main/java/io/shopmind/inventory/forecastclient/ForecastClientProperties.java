package io.shopmind.inventory.forecastclient;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How inventory calls forecast-service (whose address comes from {@code shopmind.services.forecast.url}).
 *
 * @param failureThreshold failures in a row that open the circuit
 * @param coolDown         how long an open circuit refuses calls before trying one again
 * @param batchReadTimeout the read timeout of a batch of many SKUs' lead-time demand, which forecast-service computes
 *                         for each of them
 */
@ConfigurationProperties("shopmind.inventory.forecast")
public record ForecastClientProperties(@DefaultValue("1s") Duration connectTimeout,
        @DefaultValue("5s") Duration readTimeout, @DefaultValue("5") int failureThreshold,
        @DefaultValue("30s") Duration coolDown, @DefaultValue("30s") Duration batchReadTimeout) {
}
