package io.shopmind.supportbot;

import io.shopmind.supportbot.understanding.OnnxSentenceEncoder;

/**
 * One set of ONNX models per JVM: a model takes seconds and a hundred megabytes to load, and the local suite or a
 * test JVM may start the service more than once. The models are immutable and thread-safe to share.
 */
final class SharedEncoder {

    private static OnnxSentenceEncoder encoder;

    private SharedEncoder() {
    }

    static synchronized OnnxSentenceEncoder get(int cacheSize) {
        if (encoder == null) {
            encoder = new OnnxSentenceEncoder(cacheSize);
        }
        return encoder;
    }
}
