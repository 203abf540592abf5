package io.shopmind.servicesupport;

import io.shopmind.model.service.ShopMindService;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Starts a ShopMind app with its own configuration file ({@code <application-name>.yml}), so that several apps can
 * share one classpath, as they do in the local suite.
 */
public final class ServiceApplication {

    private ServiceApplication() {
    }

    public static SpringApplicationBuilder builder(Class<?> application, String applicationName) {
        return new SpringApplicationBuilder(application)
                .properties("spring.config.name=" + applicationName, "spring.application.name=" + applicationName);
    }

    public static SpringApplicationBuilder builder(Class<?> application, ShopMindService service) {
        return builder(application, service.applicationName());
    }
}
