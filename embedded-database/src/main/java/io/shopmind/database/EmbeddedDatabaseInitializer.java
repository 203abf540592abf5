package io.shopmind.database;

import io.shopmind.model.service.ShopMindService;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a service's test context at this JVM's {@link EmbeddedDatabase#shared() shared database}, connecting as
 * the service's own role (or the gateway's). Use it with
 * {@code @ContextConfiguration(initializers = EmbeddedDatabaseInitializer.class)}. A service under test reads no
 * gateway's event log (its tests feed its own intake), so it never takes events from a suite running on this machine.
 */
public class EmbeddedDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var environment = context.getEnvironment();
        String application = environment.getProperty("spring.application.name");
        String role = DatabaseProvisioner.GATEWAY_SCHEMA.equals(application) ? DatabaseProvisioner.GATEWAY_ROLE
                : ShopMindService.ofApplicationName(application).databaseRole();
        EmbeddedDatabase database = EmbeddedDatabase.shared();
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedDatabase", Map.of(
                "spring.datasource.url", database.jdbcUrl(),
                "spring.datasource.username", role,
                "spring.datasource.password", database.servicePassword(),
                "shopmind.events.feed.enabled", false)));
    }
}
