package io.shopmind.servicesupport.job;

import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * Submits and cancels jobs. A job is a row of the service's {@code job} table with its kind and JSON parameters;
 * whichever instance of the service has a free worker runs it ({@link JobWorkers}), found by kind
 * ({@link JobHandler}).
 */
public class JobQueue {

    private final JobRepository jobs;
    private final JsonMapper json;
    private final JobProperties properties;
    private final Runnable wakeWorkers;

    JobQueue(JobRepository jobs, JsonMapper json, JobProperties properties, Runnable wakeWorkers) {
        this.jobs = jobs;
        this.json = json;
        this.properties = properties;
        this.wakeWorkers = wakeWorkers;
    }

    /** Queues a job of {@code kind} with {@code parameters}; returns at once with the job as it stands. */
    public JobView submit(String kind, Object parameters) {
        return submit(UUID.randomUUID(), kind, parameters);
    }

    /** As {@link #submit(String, Object)}, with an id chosen beforehand (to store it with what the job works on). */
    public JobView submit(UUID id, String kind, Object parameters) {
        return insert(id, kind, parameters, null);
    }

    /**
     * Queues a job that only this instance's host may run, because its parameters name a file here (an upload to
     * import). Should the host go away, the job waits for it.
     */
    public JobView submitHere(String kind, Object parameters) {
        return insert(UUID.randomUUID(), kind, parameters, JobWorkers.HOST);
    }

    private JobView insert(UUID id, String kind, Object parameters, String runsOn) {
        jobs.insert(id, kind, json.writeValueAsString(parameters), properties.maxAttempts(), runsOn);
        wakeWorkers.run();
        return jobs.find(id).orElseThrow();
    }

    /** Cancels a job: a queued one at once, a running one as soon as its work stops. Empty when there is none. */
    public Optional<JobView> cancel(UUID id) {
        return jobs.cancel(id).flatMap(state -> jobs.find(id));
    }

    public Optional<JobView> find(UUID id) {
        return jobs.find(id);
    }
}
