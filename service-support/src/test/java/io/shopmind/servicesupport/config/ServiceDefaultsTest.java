package io.shopmind.servicesupport.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class ServiceDefaultsTest {

    private final ServiceDefaults defaults = new ServiceDefaults();

    @Test
    void derivesPortSchemaAndRoleFromTheServiceName() {
        StandardEnvironment environment = environment(Map.of("spring.application.name", "forecast-service"));

        defaults.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("server.port")).isEqualTo("8082");
        assertThat(environment.getProperty("spring.flyway.default-schema")).isEqualTo("forecast");
        assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("shopmind_forecast");
        assertThat(environment.getProperty("shopmind.service.path-segment")).isEqualTo("forecasts");
    }

    @Test
    void yieldsToTheApplicationsOwnDefaultProperties() {
        StandardEnvironment environment = environment(Map.of("spring.application.name", "forecast-service"));
        environment.getPropertySources().addLast(new MapPropertySource("defaultProperties", Map.of("server.port", 0)));

        defaults.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("server.port")).isEqualTo("0");
        assertThat(environment.getProperty("spring.flyway.default-schema")).isEqualTo("forecast");
    }

    @Test
    void leavesOtherAppsAlone() {
        StandardEnvironment environment = environment(Map.of("spring.application.name", "gateway"));

        defaults.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("shopmind.service.path-segment")).isNull();
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }
}
