package io.shopmind.servicesupport.job;

/** Thrown by a job's work when it stops because it was cancelled or handed back. */
public class JobCancelledException extends RuntimeException {

    public JobCancelledException() {
        super("The job was cancelled.");
    }
}
