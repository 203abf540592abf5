package io.shopmind.suite;

import io.shopmind.twin.experiment.Arm;
import io.shopmind.twin.gatewayclient.Components;
import io.shopmind.twin.gatewayclient.GatewayClient;
import io.shopmind.twin.gatewayclient.SuiteOperations;
import io.shopmind.twin.operations.RuleSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Twin arms that each run on a fresh suite: a new embedded PostgreSQL in a temporary folder and the six apps on
 * free ports, started when the arm's run begins and stopped, folder deleted, when it ends. Or, with a deployment
 * URL, every arm against that one deployment (one arm at a time, on a shop the caller has emptied).
 */
final class TwinArms {

    private TwinArms() {
    }

    static List<Arm> of(List<Components> components, RuleSettings fallback, String deploymentUrl,
            GatewayClient.Keys keys) {
        return components.stream().map(c -> new Arm(c.armName(), twin -> deploymentUrl != null
                ? new SuiteOperations(new GatewayClient(deploymentUrl, keys), c, fallback,
                        SuiteOperations.Schedule.WEEKLY, null)
                : fresh(c, fallback))).toList();
    }

    private static SuiteOperations fresh(Components components, RuleSettings fallback) {
        try {
            Path data = Files.createTempDirectory("shopmind-twin-arm");
            RunningSuite suite = SuiteLauncher.launch(new SuiteOptions(FreePorts.block(), data, true, 0, null, null,
                    "", "shopmind", false, SuiteOptions.DEMO_DAYS));
            return new SuiteOperations(new GatewayClient(suite.gatewayUrl(), GatewayClient.Keys.fromEnvironment()), components,
                    fallback, SuiteOperations.Schedule.WEEKLY, () -> {
                        suite.close();
                        delete(data);
                    });
        } catch (Exception e) {
            throw new IllegalStateException("A suite for arm " + components.armName() + " did not start", e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
