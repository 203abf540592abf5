package io.shopmind.suite;

import io.shopmind.database.DatabaseProvisioner;
import io.shopmind.database.EmbeddedDatabase;
import io.shopmind.model.service.ShopMindService;
import io.shopmind.servicesupport.ServiceApplication;
import io.shopmind.servicesupport.client.ServiceUrls;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

/** The six apps running in this JVM, and the database under them. */
public final class RunningSuite implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RunningSuite.class);

    private final int gatewayPort;
    private final String jdbcUrl;
    private final String servicePassword;
    private final EmbeddedDatabase embeddedDatabase;
    private final List<String> extraProperties;
    private final Map<SuiteApp, ConfigurableApplicationContext> contexts = new EnumMap<>(SuiteApp.class);

    RunningSuite(int gatewayPort, String jdbcUrl, String servicePassword, EmbeddedDatabase embeddedDatabase,
            List<String> extraProperties) {
        this.gatewayPort = gatewayPort;
        this.jdbcUrl = jdbcUrl;
        this.servicePassword = servicePassword;
        this.embeddedDatabase = embeddedDatabase;
        this.extraProperties = List.copyOf(extraProperties);
    }

    /** Starts the six apps side by side; the gateway needs no service to be up to start. */
    void startAll() throws Exception {
        ExecutorService starter = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> starts = new ArrayList<>();
            for (SuiteApp app : SuiteApp.values()) {
                starts.add(starter.submit(() -> startApp(app)));
            }
            for (Future<?> start : starts) {
                start.get();
            }
        } finally {
            starter.shutdown();
        }
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
        long started = System.nanoTime();
        // passed as command-line arguments: they must win over the apps' own configuration files
        List<String> properties = new ArrayList<>(List.of(
                "server.port=" + app.port(gatewayPort),
                "spring.main.banner-mode=off",
                // one JVM, six apps: keep each app's JMX names apart
                "spring.jmx.default-domain=" + app.applicationName()));
        properties.add("spring.datasource.url=" + jdbcUrl);
        properties.add("spring.datasource.username=" + (app.service() != null ? app.service().databaseRole()
                : DatabaseProvisioner.GATEWAY_ROLE));
        properties.add("spring.datasource.password=" + servicePassword);
        // the gateway routes to every service, services call each other and read the gateway's event log
        for (ShopMindService service : ShopMindService.values()) {
            properties.add("shopmind.services." + service.schema() + ".url=" + serviceUrl(service));
        }
        properties.add("shopmind.services." + ServiceUrls.GATEWAY + ".url=" + gatewayUrl());
        properties.addAll(extraProperties);
        ConfigurableApplicationContext context = ServiceApplication.builder(app.mainClass(), app.applicationName())
                .logStartupInfo(false)
                .registerShutdownHook(false)
                .run(properties.stream().map(property -> "--" + property).toArray(String[]::new));
        synchronized (contexts) {
            contexts.put(app, context);
        }
        log.info("{} up on port {} in {} ms", app.applicationName(), app.port(gatewayPort),
                (System.nanoTime() - started) / 1_000_000);
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
