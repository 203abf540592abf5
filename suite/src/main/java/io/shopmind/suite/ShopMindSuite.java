package io.shopmind.suite;

import java.time.Duration;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * {@code java -jar shopmind-suite-exec.jar}: the whole of ShopMind on one machine, with a demo shop.
 */
public final class ShopMindSuite {

    private ShopMindSuite() {
    }

    public static void main(String[] args) throws Exception {
        // six Spring apps share this JVM's logging: configure it once (logback.xml), not once per app
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        SuiteOptions options;
        try {
            options = SuiteOptions.parse(args, System.getenv());
        } catch (SuiteOptions.HelpRequested help) {
            System.out.println(help.getMessage());
            return;
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        long started = System.nanoTime();
        RunningSuite suite = SuiteLauncher.launch(options);
        Runtime.getRuntime().addShutdownHook(new Thread(suite::close, "shopmind-stop"));
        Duration startup = Duration.ofNanos(System.nanoTime() - started);
        if (options.demo()) {
            new DemoShop(suite.gatewayUrl(), options.demoDays()).load();
        }
        System.out.printf("""

                ShopMind is up in %.1f s.
                  Gateway:    %s
                  Dashboard:  %s/
                  API docs:   %s/swagger-ui.html
                  Health:     %s/actuator/health
                Press Ctrl+C to stop.
                %n""", startup.toMillis() / 1000.0, suite.gatewayUrl(), suite.gatewayUrl(), suite.gatewayUrl(),
                suite.gatewayUrl());
    }
}
