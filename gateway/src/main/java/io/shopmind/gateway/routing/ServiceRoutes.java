package io.shopmind.gateway.routing;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.setPath;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.web.servlet.function.RequestPredicates.GET;
import static org.springframework.web.servlet.function.RequestPredicates.path;

import io.shopmind.model.service.ShopMindService;
import io.shopmind.servicesupport.client.ServiceUrls;
import io.shopmind.servicesupport.http.RequestIds;
import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * {@code /api/v1/<segment>/**} goes to the service that owns the segment, and {@code /openapi/<segment>} to that
 * service's OpenAPI document, so the gateway's API page can show every service. Every proxied request carries the
 * gateway's request id, so one id follows a request into the service's logs. A service's own event intake
 * ({@code /api/v1/<segment>/events}) is not routed: the storefront's events go through the event log, to every
 * service, and nobody outside can feed one service alone. Nothing under {@code /internal/**} is routed either.
 */
@Configuration(proxyBeanMethods = false)
public class ServiceRoutes {

    public static String openApiPath(ShopMindService service) {
        return "/openapi/" + service.pathSegment();
    }

    @Bean
    RouterFunction<ServerResponse> serviceRouter(ServiceUrls endpoints) {
        RouterFunction<ServerResponse> router = null;
        for (ShopMindService service : ShopMindService.values()) {
            URI url = endpoints.urlOf(service);
            RouterFunction<ServerResponse> api = route(service.pathSegment())
                    .route(path("/api/v1/" + service.pathSegment() + "/**")
                            .and(path(service.eventsPath()).negate()), http())
                    .before(uri(url))
                    .before(ServiceRoutes::withRequestId)
                    .build();
            RouterFunction<ServerResponse> docs = route(service.pathSegment() + "-openapi")
                    .route(GET(openApiPath(service)), http())
                    .before(uri(url))
                    .before(setPath("/v3/api-docs"))
                    .build();
            RouterFunction<ServerResponse> both = api.and(docs);
            router = router == null ? both : router.and(both);
        }
        return router;
    }

    /** The request as it goes on, with the id the gateway logs under (the client's when it sent an acceptable one). */
    static ServerRequest withRequestId(ServerRequest request) {
        String requestId = RequestIds.current();
        if (requestId == null) {
            return request;
        }
        return ServerRequest.from(request).headers(headers -> headers.set(RequestIds.HEADER, requestId)).build();
    }
}
