package io.shopmind.gateway.routing;

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
 * the id on themselves ({@link ServiceRoutes}). The pool keeps a connection per worker thread and service alive, so
 * no request waits for a connection or opens a new one under load.
 */
@Configuration(proxyBeanMethods = false)
public class ProxyClientConfiguration {

    @Bean
    ProxyExchange proxyExchange(ClientHttpRequestFactory requestFactory, GatewayMvcProperties properties) {
        return new RestClientProxyExchange(RestClient.builder().requestFactory(requestFactory).build(), properties);
    }

    @Bean
    ClientHttpRequestFactoryBuilderCustomizer<HttpComponentsClientHttpRequestFactoryBuilder> connectionPool(
            @Value("${server.tomcat.threads.max:200}") int workers) {
        return builder -> builder.withConnectionManagerCustomizer(pool -> pool
                .setMaxConnPerRoute(workers)
                .setMaxConnTotal(workers * 5));
    }
}
