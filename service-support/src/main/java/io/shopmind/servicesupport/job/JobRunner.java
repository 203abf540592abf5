package io.shopmind.servicesupport.job;

import java.util.UUID;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs long work in the background as a job: recorded in Postgres, with progress, an ETA and a log line at each
 * tenth of the way, and its result or error when it ends.
 */
public class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final JobRepository jobs;
    private final ExecutorService executor;

    public JobRunner(JobRepository jobs, ExecutorService executor) {
        this.jobs = jobs;
        this.executor = executor;
    }

    /** Records a queued job and starts it; returns at once with the job as it stands. */
    public JobView submit(String kind, JobWork work) {
        UUID id = UUID.randomUUID();
        jobs.insert(id, kind);
        var logContext = MDC.getCopyOfContextMap();
        executor.execute(() -> {
            if (logContext != null) {
                MDC.setContextMap(logContext);
            }
            try {
                run(id, kind, work);
            } finally {
                MDC.clear();
            }
        });
        return jobs.find(id).orElseThrow();
    }

    /** Stops taking jobs; running ones are interrupted when the service shuts down. */
    public void shutdown() {
        executor.shutdownNow();
    }

    private void run(UUID id, String kind, JobWork work) {
        jobs.started(id);
        log.info("Job {} {} started", kind, id);
        long started = System.nanoTime();
        try {
            String result = work.run(new TrackedProgress(id, kind, started));
            jobs.succeeded(id, result);
            log.info("Job {} {} finished in {} ms", kind, id, (System.nanoTime() - started) / 1_000_000);
        } catch (Exception | Error e) {
            log.warn("Job {} {} failed", kind, id, e);
            jobs.failed(id, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private final class TrackedProgress implements JobProgress {

        private final UUID id;
        private final String kind;
        private final long started;
        private int loggedTenths = -1;
        private long lastDone;

        TrackedProgress(UUID id, String kind, long started) {
            this.id = id;
            this.kind = kind;
            this.started = started;
        }

        @Override
        public synchronized void report(long done, long total, String message) {
            // parallel workers may report out of order; progress only moves forward
            if (done < lastDone) {
                return;
            }
            lastDone = done;
            Long eta = null;
            if (done > 0 && total > 0) {
                double elapsed = (System.nanoTime() - started) / 1e9;
                eta = Math.round(elapsed * (total - done) / done);
            }
            jobs.progressed(id, done, total, message, eta);
            int tenths = total > 0 ? (int) (10 * done / total) : 0;
            if (tenths > loggedTenths) {
                loggedTenths = tenths;
                log.info("Job {} {}: {}% ({}/{}){}{}", kind, id, total > 0 ? 100 * done / total : 0, done, total,
                        eta == null ? "" : ", ETA " + eta + " s", message == null ? "" : " - " + message);
            }
        }
    }
}
