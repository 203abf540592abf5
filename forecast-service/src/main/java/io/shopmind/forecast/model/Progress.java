package io.shopmind.forecast.model;

/** Hears how far a job over many series has come; called from worker threads, so it must be thread-safe. */
@FunctionalInterface
public interface Progress {

    /** Says nothing. */
    Progress NONE = (done, total) -> { };

    /** {@code done} of {@code total} series are finished. */
    void advanced(int done, int total);
}
