package io.shopmind.twin.experiment;

/** Told as simulated days complete, across all arms and seeds of an experiment. */
@FunctionalInterface
public interface Progress {

    /**
     * @param done  simulated days done so far
     * @param total simulated days in the whole experiment
     * @param what  what is running, e.g. {@code seed 2/5, arm rules}
     */
    void update(long done, long total, String what);

    Progress NONE = (done, total, what) -> { };
}
