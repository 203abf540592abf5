package io.shopmind.inventory.forecastclient;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Stops calling a service that keeps failing (Nygard, <i>Release It!</i>, 2nd ed., "Circuit Breaker"): after
 * {@code failureThreshold} failures in a row it opens and refuses calls for {@code coolDown}; then it lets one trial
 * call through (half open), which closes it on success or opens it again on failure.
 */
public final class CircuitBreaker {

    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final int failureThreshold;
    private final long coolDownNanos;
    private final LongSupplier nanoTime;
    private int consecutiveFailures;
    private long openedAt;
    private State state = State.CLOSED;

    public CircuitBreaker(int failureThreshold, Duration coolDown, LongSupplier nanoTime) {
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("failureThreshold must be at least 1");
        }
        this.failureThreshold = failureThreshold;
        this.coolDownNanos = coolDown.toNanos();
        this.nanoTime = nanoTime;
    }

    /** Whether a call may go out now; in half-open state only the first caller gets through. */
    public synchronized boolean tryAcquire() {
        if (state == State.OPEN && nanoTime.getAsLong() - openedAt >= coolDownNanos) {
            state = State.HALF_OPEN;
            return true;
        }
        return state == State.CLOSED;
    }

    public synchronized void onSuccess() {
        consecutiveFailures = 0;
        state = State.CLOSED;
    }

    public synchronized void onFailure() {
        consecutiveFailures++;
        if (state == State.HALF_OPEN || consecutiveFailures >= failureThreshold) {
            state = State.OPEN;
            openedAt = nanoTime.getAsLong();
        }
    }

    public synchronized State state() {
        return state;
    }
}
