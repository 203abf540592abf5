package io.shopmind.recommendation.serving;

import jakarta.validation.Validator;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers how list requests' query parameters are read ({@link ListQueryResolver}). */
@Configuration(proxyBeanMethods = false)
class ServingWebConfiguration implements WebMvcConfigurer {

    private final Validator validator;

    ServingWebConfiguration(Validator validator) {
        this.validator = validator;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ListQueryResolver(validator));
    }
}
