package io.shopmind.database;

import io.shopmind.model.service.ShopMindService;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a service's test context at this JVM's {@link EmbeddedDatabase#shared() shared database}, connecting as
 * the service's own role. Use it with {@code @ContextConfiguration(initializers = EmbeddedDatabaseInitializer.class)}.
 */
public class EmbeddedDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var environment = context.getEnvironment();
        ShopMindService service = ShopMindService.ofApplicationName(environment.getProperty("spring.application.name"));
        EmbeddedDatabase database = EmbeddedDatabase.shared();
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedDatabase", Map.of(
                "spring.datasource.url", database.jdbcUrl(),
                "spring.datasource.username", service.databaseRole(),
                "spring.datasource.password", database.servicePassword())));
    }
}
