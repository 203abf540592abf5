package io.shopmind.gateway.routing;

import io.shopmind.model.service.ShopMindService;
import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the gateway finds each service, keyed by the service's schema name ({@code recommendation},
 * {@code forecast}, {@code inventory}, {@code pricing}, {@code support}). Override one with an environment
 * variable such as {@code SHOPMIND_SERVICES_FORECAST_URL=http://forecast:8082}.
 *
 * @param services       base URL per service; a service left out runs on localhost at its default port
 * @param fanOutTimeout  how long the event fan-out waits for every service to answer
 * @param healthTimeout  how long the aggregated health waits for one service
 */
@ConfigurationProperties("shopmind")
public record ServiceEndpoints(
        Map<String, Endpoint> services,
        @DefaultValue("10s") Duration fanOutTimeout,
        @DefaultValue("2s") Duration healthTimeout) {

    public record Endpoint(URI url) {
    }

    public ServiceEndpoints {
        services = services == null ? Map.of() : Map.copyOf(services);
    }

    public URI urlOf(ShopMindService service) {
        Endpoint endpoint = services.get(service.schema());
        if (endpoint != null && endpoint.url() != null) {
            return endpoint.url();
        }
        return URI.create("http://localhost:" + service.defaultPort());
    }

    public Map<ShopMindService, URI> all() {
        Map<ShopMindService, URI> urls = new EnumMap<>(ShopMindService.class);
        for (ShopMindService service : ShopMindService.values()) {
            urls.put(service, urlOf(service));
        }
        return urls;
    }
}
