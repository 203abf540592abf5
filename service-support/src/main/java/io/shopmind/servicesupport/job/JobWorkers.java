package io.shopmind.servicesupport.job;

import io.shopmind.servicesupport.problem.ConflictException;
import io.shopmind.servicesupport.problem.InvalidInputException;
import io.shopmind.servicesupport.problem.NotFoundException;
import java.net.InetAddress;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.SmartLifecycle;
import tools.jackson.databind.json.JsonMapper;

/**
 * This instance's workers on the service's job queue: a bounded number of threads claim queued jobs of the kinds
 * this instance has handlers for, and a heartbeat renews their leases, passes on cancellations (the work sees
 * {@link JobProgress#cancelled()} and its thread is interrupted) and re-queues the jobs of instances whose leases
 * expired. On shutdown the running jobs are handed back to the queue for another instance. An {@link Error} (out
 * of memory, say) fails its job and ends its worker thread: the instance does not carry on with that thread.
 */
public class JobWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobWorkers.class);

    private final JobRepository jobs;
    private final JsonMapper json;
    private final JobProperties properties;
    private final Supplier<List<JobHandler<?>>> handlerBeans;
    private Map<String, JobHandler<?>> handlers = Map.of();
    private final String owner;
    private final Semaphore wake = new Semaphore(0);
    private final Map<UUID, Running> running = new ConcurrentHashMap<>();
    private volatile boolean accepting;
    private ExecutorService workers;
    private ScheduledExecutorService heartbeat;

    private record Running(Thread thread, TrackedProgress progress) {
    }

    /**
     * @param handlerBeans the handlers, looked up when the workers start: a handler may itself submit jobs, so it
     *                     cannot be needed to build the queue
     */
    public JobWorkers(JobRepository jobs, JsonMapper json, JobProperties properties,
            Supplier<List<JobHandler<?>>> handlerBeans) {
        this.jobs = jobs;
        this.json = json;
        this.properties = properties;
        this.handlerBeans = handlerBeans;
        this.owner = HOST + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Tells an idle worker that a job was queued here. */
    void wake() {
        wake.release();
    }

    /** The jobs this instance is running now. */
    public Set<UUID> runningJobs() {
        return Set.copyOf(running.keySet());
    }

    @Override
    public void start() {
        handlers = handlerBeans.get().stream().collect(Collectors.toMap(JobHandler::kind, Function.identity()));
        accepting = true;
        AtomicInteger number = new AtomicInteger();
        workers = Executors.newFixedThreadPool(properties.workers(), runnable -> {
            Thread thread = new Thread(runnable, "job-worker-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        if (!handlers.isEmpty()) {
            for (int i = 0; i < properties.workers(); i++) {
                workers.execute(this::work);
            }
        }
        heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "job-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        long every = properties.heartbeat().toMillis();
        heartbeat.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
        log.info("Job workers {} started: {} for {}", owner, properties.workers(), handlers.keySet());
    }

    /** Hands the running jobs back to the queue, so another instance starts them again, and stops the workers. */
    @Override
    public void stop() {
        accepting = false;
        heartbeat.shutdownNow();
        running.forEach((id, job) -> {
            job.progress().stop();
            job.thread().interrupt();
            try {
                jobs.release(id, owner);
                log.info("Job {} handed back to the queue", id);
            } catch (RuntimeException e) {
                log.warn("Job {} could not be handed back; its lease will expire", id, e);
            }
        });
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return accepting;
    }

    private void work() {
        List<String> kinds = List.copyOf(handlers.keySet());
        while (accepting) {
            Optional<JobRepository.Claimed> claimed;
            try {
                claimed = jobs.claim(kinds, HOST, owner, properties.lease());
            } catch (RuntimeException e) {
                log.warn("Could not look for queued jobs: {}", e.toString());
                claimed = Optional.empty();
            }
            if (claimed.isPresent()) {
                run(claimed.get());
                continue;
            }
            try {
                wake.tryAcquire(properties.poll().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                // a late interrupt meant for the job just finished; shutting down ends the loop above
                continue;
            }
        }
    }

    private void run(JobRepository.Claimed job) {
        JobHandler<?> handler = handlers.get(job.kind());
        TrackedProgress progress = new TrackedProgress(job.id(), job.kind());
        running.put(job.id(), new Running(Thread.currentThread(), progress));
        MDC.put("job", job.id().toString());
        log.info("Job {} {} started (attempt {})", job.kind(), job.id(), job.attempts());
        long started = System.nanoTime();
        try {
            String result = runWith(handler, job.parameters(), progress);
            if (progress.cancelled()) {
                finishStopped(job, progress);
            } else if (jobs.succeeded(job.id(), owner, result, progress.summaryJson())) {
                log.info("Job {} {} finished in {} ms", job.kind(), job.id(), (System.nanoTime() - started) / 1_000_000);
            }
        } catch (Exception e) {
            if (progress.cancelled()) {
                finishStopped(job, progress);
            } else {
                log.warn("Job {} {} failed", job.kind(), job.id(), e);
                jobs.failed(job.id(), owner, clientMessage(e, job.id()), problem(e));
            }
        } catch (Error e) {
            log.error("Job {} {} stopped by {}; this worker thread ends", job.kind(), job.id(), e.toString(), e);
            jobs.failed(job.id(), owner, "The service could not run the job (" + e.getClass().getSimpleName()
                    + "); ask an operator, quoting job " + job.id() + ".", null);
            throw e;
        } finally {
            running.remove(job.id());
            MDC.remove("job");
            Thread.interrupted();
        }
    }

    @SuppressWarnings("unchecked")
    private <P> String runWith(JobHandler<P> handler, String parameters, JobProgress progress) throws Exception {
        P read = json.readValue(parameters, handler.parametersType());
        return handler.run(read, progress);
    }

    private void finishStopped(JobRepository.Claimed job, TrackedProgress progress) {
        if (progress.handedBack()) {
            return;
        }
        if (jobs.cancelledWhileRunning(job.id(), owner)) {
            log.info("Job {} {} cancelled", job.kind(), job.id());
        }
    }

    /** What a client may read of a failure: a domain reason, never an internal one. */
    static String clientMessage(Exception e, UUID id) {
        boolean forClients = e instanceof IllegalStateException || e instanceof InvalidInputException
                || e instanceof NotFoundException || e instanceof ConflictException;
        if (forClients && e.getMessage() != null) {
            return e.getMessage();
        }
        return "An internal error stopped the job; quote job " + id + " when reporting it.";
    }

    /** The client's problem with its input, as JSON, or null when the failure was not the client's. */
    private String problem(Exception e) {
        if (!(e instanceof InvalidInputException invalid)) {
            return null;
        }
        Map<String, Object> problem = new java.util.LinkedHashMap<>();
        problem.put("detail", invalid.getMessage());
        problem.put("errors", invalid.errors());
        problem.putAll(invalid.properties());
        return json.writeValueAsString(problem);
    }

    private void beat() {
        try {
            List<UUID> asked = List.copyOf(running.keySet());
            List<JobRepository.Held> held = jobs.renew(asked, owner, properties.lease());
            Set<UUID> stillHeld = new HashSet<>();
            for (JobRepository.Held job : held) {
                stillHeld.add(job.id());
                Running local = running.get(job.id());
                if (job.cancelRequested() && local != null && !local.progress().cancelled()) {
                    local.progress().cancel();
                    local.thread().interrupt();
                }
            }
            for (UUID id : asked) {
                Running job = running.get(id);
                if (job != null && !stillHeld.contains(id) && !job.progress().cancelled()) {
                    // the lease expired and another instance took the job over: stop this copy
                    log.warn("Job {} lost its lease; stopping it here", id);
                    job.progress().stop();
                    job.thread().interrupt();
                }
            }
            int reaped = jobs.reapExpired();
            if (reaped > 0) {
                log.info("{} job(s) of stopped instances re-queued or failed", reaped);
                wake.release(reaped);
            }
        } catch (RuntimeException e) {
            log.warn("Job heartbeat failed: {}", e.toString());
        }
    }

    /** This instance's host, where the files it received are. */
    static final String HOST = hostName();

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "localhost";
        }
    }

    private final class TrackedProgress implements JobProgress {

        private final UUID id;
        private final String kind;
        private final long started = System.nanoTime();
        private volatile boolean cancelled;
        private volatile boolean handedBack;
        private volatile Object summary;
        private int loggedTenths = -1;
        private long lastDone;

        TrackedProgress(UUID id, String kind) {
            this.id = id;
            this.kind = kind;
        }

        void cancel() {
            cancelled = true;
        }

        /** Stopped without being cancelled: handed back at shutdown, or taken over elsewhere. */
        void stop() {
            handedBack = true;
            cancelled = true;
        }

        boolean handedBack() {
            return handedBack;
        }

        @Override
        public void summary(Object summary) {
            this.summary = summary;
        }

        String summaryJson() {
            return summary == null ? null : json.writeValueAsString(summary);
        }

        @Override
        public boolean cancelled() {
            return cancelled;
        }

        @Override
        public synchronized void report(long done, long total, String message) {
            // parallel workers may report out of order; progress only moves forward
            if (done < lastDone || handedBack) {
                return;
            }
            lastDone = done;
            Long eta = null;
            if (done > 0 && total > 0) {
                double elapsed = (System.nanoTime() - started) / 1e9;
                eta = Math.round(elapsed * (total - done) / done);
            }
            jobs.progressed(id, owner, done, total, message, eta);
            int tenths = total > 0 ? (int) (10 * done / total) : 0;
            if (tenths > loggedTenths) {
                loggedTenths = tenths;
                log.info("Job {} {}: {}% ({}/{}){}{}", kind, id, total > 0 ? 100 * done / total : 0, done, total,
                        eta == null ? "" : ", ETA " + eta + " s", message == null ? "" : " - " + message);
            }
        }
    }
}
