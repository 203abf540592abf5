package io.shopmind.servicesupport.job;

/** What a running job tells about itself. */
public interface JobProgress {

    /** {@code done} of {@code total} units finished; the job's percent and ETA follow from it. */
    void report(long done, long total, String message);
}
