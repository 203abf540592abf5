package io.shopmind.gateway.events;

/** Wakes the feed's long polls when this gateway has appended: a version number and a monitor to wait on. */
final class AppendSignal {

    private long version;

    synchronized long version() {
        return version;
    }

    synchronized void signal() {
        version++;
        notifyAll();
    }

    /** Waits until the version moves past {@code seen}, at most {@code nanos}. */
    synchronized void awaitChange(long seen, long nanos) throws InterruptedException {
        long deadline = System.nanoTime() + nanos;
        while (version == seen) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                return;
            }
            wait(Math.max(1, remaining / 1_000_000));
        }
    }
}
