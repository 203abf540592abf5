package io.shopmind.twin.cli;

import io.shopmind.twin.experiment.Progress;
import java.io.PrintStream;
import java.util.Locale;

/** Prints a line with the percent done and the time left at each whole percent, at most once a second. */
public final class ConsoleProgress implements Progress {

    private final PrintStream out;
    private final long started = System.nanoTime();
    private long lastPrinted;
    private int lastPercent = -1;

    public ConsoleProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public void update(long done, long total, String what) {
        int percent = (int) (100 * done / Math.max(1, total));
        long now = System.nanoTime();
        if (percent == lastPercent || (now - lastPrinted < 1_000_000_000L && done < total)) {
            return;
        }
        lastPercent = percent;
        lastPrinted = now;
        double elapsed = (now - started) / 1e9;
        double left = done == 0 ? Double.NaN : elapsed * (total - done) / done;
        out.printf(Locale.ROOT, "[%3d%%] %s — %d/%d days, %s elapsed, ETA %s%n", percent, what, done, total,
                duration(elapsed), duration(left));
    }

    static String duration(double seconds) {
        if (Double.isNaN(seconds)) {
            return "?";
        }
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60)
                : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }
}
