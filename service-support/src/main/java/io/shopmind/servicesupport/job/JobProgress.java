package io.shopmind.servicesupport.job;

/** What a running job tells about itself, and what it is told: to stop. */
public interface JobProgress {

    /** {@code done} of {@code total} units finished; the job's percent and ETA follow from it. */
    void report(long done, long total, String message);

    /** What the job will have to tell when it succeeds (an import's counts, say), shown as the job's summary. */
    void summary(Object summary);

    /**
     * Whether the job should stop: a client cancelled it, or the service is shutting down and hands it back. The
     * worker's thread is interrupted as well; long loops should look here between units of work.
     */
    boolean cancelled();

    /** Throws {@link JobCancelledException} when the job should stop. */
    default void stopIfCancelled() {
        if (cancelled()) {
            throw new JobCancelledException();
        }
    }
}
