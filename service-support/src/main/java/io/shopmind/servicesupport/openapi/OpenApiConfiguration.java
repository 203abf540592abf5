package io.shopmind.servicesupport.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * A domain service's OpenAPI document: titled after the service, served from the root of whoever serves it (the
 * gateway or the service itself: no internal host in {@code servers}), with every error answer declared as a
 * problem ({@link ProblemResponses}).
 */
@AutoConfiguration
@ConditionalOnClass(OpenApiCustomizer.class)
@ConditionalOnProperty("shopmind.service.path-segment")
public class OpenApiConfiguration {

    @Bean
    OpenAPI serviceOpenApi(@Value("${spring.application.name}") String name) {
        return new OpenAPI()
                .info(new Info().title(name).version("v1")
                        .description("Errors are RFC 9457 problems (application/problem+json). Every field has a bound; "
                                + "past it the answer is a 400 problem naming the field."))
                .servers(List.of(new Server().url("/").description("the gateway, or the service itself")));
    }

    @Bean
    OpenApiCustomizer problemResponses() {
        return new ProblemResponses();
    }
}
