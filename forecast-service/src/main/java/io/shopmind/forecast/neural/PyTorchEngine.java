package io.shopmind.forecast.neural;

import ai.djl.engine.Engine;
import ai.djl.engine.EngineException;

/**
 * Loads DJL's PyTorch engine without the network: with {@code ai.djl.offline=true} DJL takes the native
 * library from the {@code pytorch-native-cpu} jar on the class path (extracting it once to its cache,
 * {@code ~/.djl.ai} unless {@code ENGINE_CACHE_DIR} says otherwise) and never downloads one.
 */
final class PyTorchEngine {

    static final String OFFLINE_PROPERTY = "ai.djl.offline";
    static final String THREADS_PROPERTY = "ai.djl.pytorch.num_threads";
    private static final String NAME = "PyTorch";

    private PyTorchEngine() {
    }

    /**
     * The engine, after setting {@code ai.djl.offline=true} and one intra-op thread unless the JVM was started
     * with values for them. One thread because the network's tensors are small: on two busy cores OpenMP's
     * spinning threads made training 15 times slower, and one thread makes results independent of the core count.
     */
    static Engine load() {
        if (System.getProperty(OFFLINE_PROPERTY) == null) {
            System.setProperty(OFFLINE_PROPERTY, "true");
        }
        if (System.getProperty(THREADS_PROPERTY) == null) {
            System.setProperty(THREADS_PROPERTY, "1");
        }
        try {
            return Engine.getEngine(NAME);
        } catch (EngineException | IllegalArgumentException e) {
            throw new IllegalStateException("The PyTorch engine did not load: is ai.djl.pytorch:pytorch-native-cpu"
                    + " for this platform on the class path? " + e.getMessage(), e);
        }
    }
}
