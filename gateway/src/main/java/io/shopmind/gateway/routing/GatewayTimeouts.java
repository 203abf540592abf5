package io.shopmind.gateway.routing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the gateway waits on the services beyond a single proxied call (whose timeouts are
 * {@code spring.http.clients.connect-timeout} and {@code read-timeout}).
 *
 * @param health how long the aggregated health waits for one service
 */
@ConfigurationProperties("shopmind.gateway.timeouts")
public record GatewayTimeouts(@DefaultValue("2s") Duration health) {
}
