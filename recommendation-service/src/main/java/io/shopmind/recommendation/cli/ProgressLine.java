package io.shopmind.recommendation.cli;

import io.shopmind.recommendation.algorithm.Algorithms;
import java.io.PrintStream;
import java.util.Locale;

/** Progress of a command-line run on one line per step: what is being done, percent and estimated time left. */
final class ProgressLine {

    private final PrintStream out;

    ProgressLine(PrintStream out) {
        this.out = out;
    }

    /** Progress of one named task; the clock starts now. */
    Algorithms.Progress of(String task) {
        long start = System.nanoTime();
        return (done, total, message) -> {
            double elapsed = (System.nanoTime() - start) / 1e9;
            String eta = done == 0 ? "" : ", about " + duration(elapsed * (total - done) / done) + " left";
            out.printf(Locale.ROOT, "%s: %d/%d (%d %%)%s: %s%n", task, done, total, 100 * done / Math.max(1, total), eta,
                    message);
        };
    }

    void done(String task, double seconds) {
        out.printf(Locale.ROOT, "%s: done in %s%n", task, duration(seconds));
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s < 60 ? s + " s" : s / 60 + " min " + s % 60 + " s";
    }
}
