package io.shopmind.forecast.cli;

import io.shopmind.forecast.model.Progress;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Prints how far a command has come, e.g. {@code backtests: 300 of 1428 series (21 %), 45 s, ETA 2 min 49 s}: at
 * most one line every few seconds, and always the last one.
 */
final class ProgressLine implements Progress {

    private static final long EVERY_NANOS = 5_000_000_000L;

    private final PrintStream out;
    private final String phase;
    private final long started = System.nanoTime();
    private long lastPrinted = started;

    ProgressLine(PrintStream out, String phase) {
        this.out = out;
        this.phase = phase;
    }

    @Override
    public synchronized void advanced(int done, int total) {
        long now = System.nanoTime();
        if (done < total && now - lastPrinted < EVERY_NANOS) {
            return;
        }
        lastPrinted = now;
        double elapsed = (now - started) / 1e9;
        String eta = done == 0 ? "?" : duration(elapsed / done * (total - done));
        out.printf(Locale.ROOT, "%s: %d of %d series (%.0f %%), %s, %s%n", phase, done, total, 100.0 * done / total,
                duration(elapsed), done == total ? "done" : "ETA " + eta);
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s < 60 ? s + " s" : s < 3600 ? s / 60 + " min " + s % 60 + " s" : s / 3600 + " h " + s % 3600 / 60 + " min";
    }
}
