package io.shopmind.gateway.routing;

import org.apache.hc.core5.util.TimeValue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.ClientHttpRequestFactoryBuilderCustomizer;
import org.springframework.cloud.gateway.server.mvc.config.GatewayMvcProperties;
import org.springframework.cloud.gateway.server.mvc.handler.ProxyExchange;
import org.springframework.cloud.gateway.server.mvc.handler.RestClientProxyExchange;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The HTTP client behind the routes. It is the gateway's pooled client ({@code spring.http.clients.*}) used bare:
 * the request-id interceptor every other RestClient gets would make it buffer each body in memory, so the routes pass
 * the id on themselves ({@link ServiceRoutes}).
 */
@Configuration(proxyBeanMethods = false)
public class ProxyClientConfiguration {

    @Bean
    ProxyExchange proxyExchange(ClientHttpRequestFactory requestFactory, GatewayMvcProperties properties) {
        return new RestClientProxyExchange(RestClient.builder().requestFactory(requestFactory).build(), properties);
    }

    /**
     * A connection per worker thread and service. Idle connections close after 30 s, before a service's Tomcat drops
     * them (60 s), and one idle for over a second is checked before reuse, so a request is not sent down a socket
     * the service has closed (a POST would not be retried).
     */
    @Bean
    ClientHttpRequestFactoryBuilderCustomizer<HttpComponentsClientHttpRequestFactoryBuilder> connectionPool(
            @Value("${server.tomcat.threads.max:200}") int workers) {
        return builder -> builder
                .withConnectionManagerCustomizer(pool -> pool
                        .setMaxConnPerRoute(workers)
                        .setMaxConnTotal(workers * 5))
                .withConnectionConfigCustomizer(connection -> connection
                        .setValidateAfterInactivity(TimeValue.ofSeconds(1)))
                .withHttpClientCustomizer(client -> client
                        .evictIdleConnections(TimeValue.ofSeconds(30)));
    }
}
