package io.shopmind.supportbot;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopmind.supportbot.model.ModelRepository;
import java.time.Duration;

/** Waits for the intent model a new service trains as a job on its first start, before a test talks to the bot. */
public final class FirstModel {

    private static final Duration PATIENCE = Duration.ofMinutes(3);

    private FirstModel() {
    }

    public static void await(ModelRepository models) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (models.activeVersion().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(models.activeVersion()).as("the first intent model after %s", PATIENCE).isPresent();
    }
}
