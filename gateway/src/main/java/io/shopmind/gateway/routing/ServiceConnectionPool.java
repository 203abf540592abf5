package io.shopmind.gateway.routing;

import org.apache.hc.core5.util.TimeValue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.ClientHttpRequestFactoryBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The gateway's pooled HTTP client ({@code spring.http.clients.*}), behind the routes and the health checks.
 */
@Configuration(proxyBeanMethods = false)
public class ServiceConnectionPool {

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
