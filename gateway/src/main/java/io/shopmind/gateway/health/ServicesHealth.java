package io.shopmind.gateway.health;

import io.shopmind.gateway.routing.GatewayTimeouts;
import io.shopmind.servicesupport.client.ServiceUrls;
import io.shopmind.model.service.ShopMindService;
import java.net.URI;
import java.time.Duration;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway's health shows each service's state under {@code services}, read from the service's own
 * {@code /actuator/health} with a short timeout.
 */
@Configuration(proxyBeanMethods = false)
public class ServicesHealth {

    @Bean
    CompositeHealthContributor services(ServiceUrls endpoints, GatewayTimeouts timeouts, JsonMapper jsonMapper) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeouts.health()).build();
        Map<String, HealthIndicator> indicators = new LinkedHashMap<>();
        for (ShopMindService service : ShopMindService.values()) {
            URI health = endpoints.urlOf(service).resolve("/actuator/health");
            indicators.put(service.applicationName(), () -> check(client, health, timeouts.health(), jsonMapper));
        }
        return CompositeHealthContributor.fromMap(indicators);
    }

    private static Health check(HttpClient client, URI health, Duration timeout, JsonMapper jsonMapper) {
        try {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(health).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode body = jsonMapper.readTree(response.body());
            String status = body.path("status").asString("UNKNOWN");
            return Health.status(status).withDetail("url", health.toString()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down().withDetail("url", health.toString()).withDetail("error", "interrupted").build();
        } catch (Exception e) {
            return Health.down().withDetail("url", health.toString()).withDetail("error", e.toString()).build();
        }
    }
}
