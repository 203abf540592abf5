package io.shopmind.suite;

import io.shopmind.twin.cli.TwinCommand;
import io.shopmind.twin.cli.TwinOptions;
import io.shopmind.twin.gatewayclient.Components;
import io.shopmind.twin.gatewayclient.GatewayClient;
import java.util.List;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * The shop twin against the suite: the tuned rules, the whole suite and each AI component alone, on the same
 * random demand, each suite arm on a fresh in-process suite (or on {@code SHOPMIND_TWIN_URL}, a deployment).
 * {@code --arms suite,suite:recommendations} picks arms; the twin's other options apply.
 */
public final class TwinSuiteCommand {

    private TwinSuiteCommand() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        TwinOptions options;
        List<Components> arms;
        try {
            options = TwinOptions.parse(args);
            arms = options.arms().isEmpty() ? Components.suiteAndEachAlone()
                    : options.arms().stream().map(Components::parse).toList();
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(e.getMessage().equals(TwinOptions.USAGE) ? 0 : 2);
            return;
        }
        String deployment = System.getenv("SHOPMIND_TWIN_URL");
        TwinCommand.run(options, rules -> TwinArms.of(arms, rules, deployment, GatewayClient.Keys.fromEnvironment()),
                System.out);
        System.exit(0);
    }
}
