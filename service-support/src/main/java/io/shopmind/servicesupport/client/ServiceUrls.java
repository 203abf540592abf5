package io.shopmind.servicesupport.client;

import io.shopmind.model.service.ShopMindService;
import java.net.URI;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where each service runs, for service-to-service calls, keyed by the service's schema name
 * ({@code recommendation}, {@code forecast}, {@code inventory}, {@code pricing}, {@code support}). A service left
 * out runs on localhost at its default port. Override one with e.g.
 * {@code SHOPMIND_SERVICES_FORECAST_URL=http://forecast-service:8082}. The gateway, whose event log the services
 * read, is under the key {@code gateway} ({@code SHOPMIND_SERVICES_GATEWAY_URL}, default {@code http://localhost:8080}).
 */
@ConfigurationProperties("shopmind")
public record ServiceUrls(Map<String, Endpoint> services) {

    public static final String GATEWAY = "gateway";

    public record Endpoint(URI url) {
    }

    public ServiceUrls {
        services = services == null ? Map.of() : Map.copyOf(services);
    }

    public URI urlOf(ShopMindService service) {
        Endpoint endpoint = services.get(service.schema());
        if (endpoint != null && endpoint.url() != null) {
            return endpoint.url();
        }
        return URI.create("http://localhost:" + service.defaultPort());
    }

    public URI gatewayUrl() {
        Endpoint endpoint = services.get(GATEWAY);
        return endpoint != null && endpoint.url() != null ? endpoint.url() : URI.create("http://localhost:8080");
    }
}
