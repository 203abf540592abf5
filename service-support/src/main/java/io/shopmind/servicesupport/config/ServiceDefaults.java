package io.shopmind.servicesupport.config;

import io.shopmind.model.service.ShopMindService;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;

/**
 * Derives a service's defaults from its {@code spring.application.name}: port, schema, Flyway locations, database
 * role, and the actuator, problem-details and shutdown settings every service shares. They have the lowest
 * precedence, so the service's own file, the environment and the command line override any of them.
 */
public class ServiceDefaults implements EnvironmentPostProcessor, Ordered {

    public static final String PROPERTY_SOURCE = "shopmindServiceDefaults";
    private static final String DEFAULT_PROPERTIES = "defaultProperties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        serviceNamed(environment.getProperty("spring.application.name")).ifPresent(service -> {
            MutablePropertySources sources = environment.getPropertySources();
            Map<String, Object> merged = new LinkedHashMap<>(defaults(service));
            // an application's own default properties (SpringApplication.setDefaultProperties) win over these
            if (sources.get(DEFAULT_PROPERTIES) instanceof MapPropertySource applicationDefaults) {
                merged.putAll(applicationDefaults.getSource());
                sources.replace(DEFAULT_PROPERTIES, new MapPropertySource(DEFAULT_PROPERTIES, merged));
            } else {
                sources.addLast(new MapPropertySource(PROPERTY_SOURCE, merged));
            }
        });
    }

    static Optional<ShopMindService> serviceNamed(String applicationName) {
        return Arrays.stream(ShopMindService.values())
                .filter(service -> service.applicationName().equals(applicationName))
                .findFirst();
    }

    static Map<String, Object> defaults(ShopMindService service) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("shopmind.service.path-segment", service.pathSegment());
        defaults.put("shopmind.service.schema", service.schema());
        defaults.put("server.port", service.defaultPort());
        defaults.put("server.shutdown", "graceful");
        defaults.put("server.error.include-stacktrace", "never");
        defaults.put("spring.lifecycle.timeout-per-shutdown-phase", "20s");
        defaults.put("spring.mvc.problemdetails.enabled", true);

        defaults.put("spring.datasource.url", "jdbc:postgresql://localhost:5432/shopmind");
        defaults.put("spring.datasource.username", service.databaseRole());
        defaults.put("spring.datasource.password", "${SHOPMIND_DB_PASSWORD:shopmind}");
        defaults.put("spring.datasource.hikari.maximum-pool-size", 8);
        defaults.put("spring.datasource.hikari.connection-timeout", 10_000);
        defaults.put("spring.flyway.schemas", service.schema());
        defaults.put("spring.flyway.default-schema", service.schema());
        defaults.put("spring.flyway.locations", "classpath:db/migration/common,classpath:db/migration/" + service.schema());
        // a shared migration added later (below the service's own versions) still runs on an existing schema
        defaults.put("spring.flyway.out-of-order", true);
        defaults.put("spring.jpa.open-in-view", false);
        defaults.put("spring.jpa.hibernate.ddl-auto", "validate");
        defaults.put("spring.jpa.properties.hibernate.default_schema", service.schema());

        defaults.put("management.endpoints.web.exposure.include", "health,info,prometheus");
        defaults.put("management.endpoint.health.probes.enabled", true);
        defaults.put("management.endpoint.health.show-details", "always");
        defaults.put("management.metrics.tags.application", service.applicationName());
        defaults.put("management.info.env.enabled", true);
        defaults.put("info.app.name", service.applicationName());
        defaults.put("info.app.schema", service.schema());
        defaults.put("springdoc.api-docs.path", "/v3/api-docs");
        // the JDK's client alone and in the suite, where the gateway's Apache client is on the classpath as well
        defaults.put("spring.http.clients.imperative.factory", "jdk");
        return defaults;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
