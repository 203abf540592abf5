package io.shopmind.suite;

import io.shopmind.database.EmbeddedDatabase;
import io.shopmind.model.service.ShopMindService;
import io.shopmind.servicesupport.ServiceApplication;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.context.ConfigurableApplicationContext;

/** The six apps running in this JVM, and the database under them. */
public final class RunningSuite implements AutoCloseable {

    private final int gatewayPort;
    private final String jdbcUrl;
    private final String servicePassword;
    private final EmbeddedDatabase embeddedDatabase;
    private final Map<SuiteApp, ConfigurableApplicationContext> contexts = new EnumMap<>(SuiteApp.class);

    RunningSuite(int gatewayPort, String jdbcUrl, String servicePassword, EmbeddedDatabase embeddedDatabase) {
        this.gatewayPort = gatewayPort;
        this.jdbcUrl = jdbcUrl;
        this.servicePassword = servicePassword;
        this.embeddedDatabase = embeddedDatabase;
    }

    /** Starts the five services side by side, then the gateway in front of them. */
    void startAll() throws Exception {
        ExecutorService starter = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> starts = new ArrayList<>();
            for (ShopMindService service : ShopMindService.values()) {
                starts.add(starter.submit(() -> start(service)));
            }
            for (Future<?> start : starts) {
                start.get();
            }
        } finally {
            starter.shutdown();
        }
        startApp(SuiteApp.GATEWAY);
    }

    /** Starts one service (again). */
    public void start(ShopMindService service) {
        startApp(SuiteApp.of(service));
    }

    /** Stops one service, as if its process had died; the rest keep running. */
    public void stop(ShopMindService service) {
        ConfigurableApplicationContext context;
        synchronized (contexts) {
            context = contexts.remove(SuiteApp.of(service));
        }
        if (context != null) {
            context.close();
        }
    }

    private void startApp(SuiteApp app) {
        // passed as command-line arguments: they must win over the apps' own configuration files
        List<String> properties = new ArrayList<>(List.of(
                "server.port=" + app.port(gatewayPort),
                "spring.main.banner-mode=off",
                // one JVM, six apps: keep each app's JMX names apart
                "spring.jmx.default-domain=" + app.applicationName()));
        if (app.service() != null) {
            properties.add("spring.datasource.url=" + jdbcUrl);
            properties.add("spring.datasource.username=" + app.service().databaseRole());
            properties.add("spring.datasource.password=" + servicePassword);
        }
        // the gateway routes to every service, and services call each other
        for (ShopMindService service : ShopMindService.values()) {
            properties.add("shopmind.services." + service.schema() + ".url=" + serviceUrl(service));
        }
        ConfigurableApplicationContext context = ServiceApplication.builder(app.mainClass(), app.applicationName())
                .logStartupInfo(false)
                .registerShutdownHook(false)
                .run(properties.stream().map(property -> "--" + property).toArray(String[]::new));
        synchronized (contexts) {
            contexts.put(app, context);
        }
    }

    public String gatewayUrl() {
        return "http://localhost:" + gatewayPort;
    }

    public String serviceUrl(ShopMindService service) {
        return "http://localhost:" + SuiteApp.of(service).port(gatewayPort);
    }

    /** The embedded database, or null when the suite runs on an existing PostgreSQL. */
    public EmbeddedDatabase embeddedDatabase() {
        return embeddedDatabase;
    }

    @Override
    public void close() {
        List<ConfigurableApplicationContext> running;
        synchronized (contexts) {
            running = new ArrayList<>(contexts.values());
            contexts.clear();
        }
        // the gateway first, so no request reaches a service that is going away
        java.util.Collections.reverse(running);
        running.forEach(ConfigurableApplicationContext::close);
        if (embeddedDatabase != null) {
            embeddedDatabase.close();
        }
    }
}
