package io.shopmind.servicesupport.job;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jobs in the service's own {@code job} table, a queue every replica shares: claims skip rows another instance
 * holds ({@code FOR UPDATE SKIP LOCKED}), and every change of a running job is made only by the instance that holds
 * its lease, so a job is never run twice at once.
 */
public class JobRepository {

    /** A job claimed by this instance. */
    record Claimed(UUID id, String kind, String parameters, int attempts) {
    }

    /** What a heartbeat learns of a job it holds. */
    record Held(UUID id, boolean cancelRequested) {
    }

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    public JobRepository(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** @param runsOn the only host that may run the job, or null for any */
    void insert(UUID id, String kind, String parameters, int maxAttempts, String runsOn) {
        jdbc.update("""
                INSERT INTO job (id, kind, state, parameters, max_attempts, runs_on) VALUES (?, ?, ?, ?::jsonb, ?, ?)""",
                id, kind, JobState.QUEUED.name(), parameters, maxAttempts, runsOn);
    }

    /**
     * Claims the oldest queued job of one of {@code kinds} that may run on {@code host}, if any, for {@code owner}
     * until the lease ends.
     */
    Optional<Claimed> claim(List<String> kinds, String host, String owner, Duration lease) {
        return jdbc.query("""
                UPDATE job SET state = 'RUNNING', lease_owner = ?, lease_until = now() + make_interval(secs => ?::double precision / 1000),
                    attempts = attempts + 1, started_at = coalesce(started_at, now()), error = NULL
                WHERE id = (SELECT id FROM job WHERE state = 'QUEUED' AND kind = ANY (?)
                                AND (runs_on IS NULL OR runs_on = ?)
                            ORDER BY created_at FOR UPDATE SKIP LOCKED LIMIT 1)
                RETURNING id, kind, parameters::text, attempts""",
                (rs, row) -> new Claimed(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getInt(4)),
                owner, lease.toMillis(), kinds.toArray(String[]::new), host).stream().findFirst();
    }

    /** Renews {@code owner}'s leases of {@code ids}; answers the jobs it still holds. */
    List<Held> renew(List<UUID> ids, String owner, Duration lease) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                UPDATE job SET lease_until = now() + make_interval(secs => ?::double precision / 1000)
                WHERE id = ANY (?) AND lease_owner = ? AND state = 'RUNNING'
                RETURNING id, cancel_requested""",
                (rs, row) -> new Held(rs.getObject(1, UUID.class), rs.getBoolean(2)),
                lease.toMillis(), ids.toArray(UUID[]::new), owner);
    }

    /** Re-queues the running jobs whose lease expired, or fails those out of attempts; answers how many. */
    int reapExpired() {
        return jdbc.update("""
                UPDATE job SET
                    state = CASE WHEN cancel_requested THEN 'CANCELLED'
                                 WHEN attempts >= max_attempts THEN 'FAILED' ELSE 'QUEUED' END,
                    error = CASE WHEN cancel_requested THEN NULL WHEN attempts >= max_attempts
                                 THEN 'The job was started ' || attempts || ' times and its instance stopped '
                                      || 'each time before it finished.' END,
                    finished_at = CASE WHEN cancel_requested OR attempts >= max_attempts THEN now() END,
                    lease_owner = NULL, lease_until = NULL
                WHERE state = 'RUNNING' AND lease_until < now()""");
    }

    /** Hands a job back to the queue without counting the attempt (the instance is shutting down). */
    void release(UUID id, String owner) {
        jdbc.update("""
                UPDATE job SET state = CASE WHEN cancel_requested THEN 'CANCELLED' ELSE 'QUEUED' END,
                    finished_at = CASE WHEN cancel_requested THEN now() END,
                    attempts = greatest(attempts - 1, 0), lease_owner = NULL, lease_until = NULL
                WHERE id = ? AND lease_owner = ? AND state = 'RUNNING'""", id, owner);
    }

    void progressed(UUID id, String owner, long done, long total, String message, Long etaSeconds) {
        jdbc.update("""
                UPDATE job SET done = ?, total = ?, message = ?, eta_seconds = ?
                WHERE id = ? AND lease_owner = ? AND state = 'RUNNING'""",
                done, total, message, etaSeconds, id, owner);
    }

    /** @param summary what the job has to tell, as JSON, or null */
    boolean succeeded(UUID id, String owner, String result, String summary) {
        return jdbc.update("""
                UPDATE job SET state = 'SUCCEEDED', result = ?, summary = ?::jsonb, eta_seconds = 0,
                    done = greatest(done, total), finished_at = now(), lease_owner = NULL, lease_until = NULL
                WHERE id = ? AND lease_owner = ? AND state = 'RUNNING'""", result, summary, id, owner) == 1;
    }

    /** @param problem the client's problem as JSON, when the job failed on the client's input */
    boolean failed(UUID id, String owner, String error, String problem) {
        return jdbc.update("""
                UPDATE job SET state = 'FAILED', error = ?, problem = ?::jsonb, eta_seconds = NULL,
                    finished_at = now(), lease_owner = NULL, lease_until = NULL
                WHERE id = ? AND lease_owner = ? AND state = 'RUNNING'""", error, problem, id, owner) == 1;
    }

    boolean cancelledWhileRunning(UUID id, String owner) {
        return jdbc.update("""
                UPDATE job SET state = 'CANCELLED', eta_seconds = NULL, finished_at = now(),
                    lease_owner = NULL, lease_until = NULL
                WHERE id = ? AND lease_owner = ? AND state = 'RUNNING'""", id, owner) == 1;
    }

    /**
     * Cancels a job: a queued one at once, a running one by asking its instance to stop it. Answers the state the
     * job is left in, or empty when there is no such job.
     */
    Optional<JobState> cancel(UUID id) {
        jdbc.update("UPDATE job SET state = 'CANCELLED', finished_at = now() WHERE id = ? AND state = 'QUEUED'", id);
        jdbc.update("UPDATE job SET cancel_requested = true WHERE id = ? AND state = 'RUNNING'", id);
        return find(id).map(JobView::state);
    }

    public Optional<JobView> find(UUID id) {
        return jdbc.query("SELECT * FROM job WHERE id = ?", this::view, id).stream().findFirst();
    }

    public List<JobView> recent(int limit) {
        return jdbc.query("SELECT * FROM job ORDER BY created_at DESC LIMIT ?", this::view, limit);
    }

    private JobView view(ResultSet rs, int row) throws SQLException {
        long done = rs.getLong("done");
        long total = rs.getLong("total");
        JobState state = JobState.valueOf(rs.getString("state"));
        double progress = state == JobState.SUCCEEDED ? 1.0 : total > 0 ? Math.min(1.0, (double) done / total) : 0.0;
        Long eta = rs.getObject("eta_seconds", Long.class);
        String problem = rs.getString("problem");
        String summary = rs.getString("summary");
        return new JobView(rs.getObject("id", UUID.class), rs.getString("kind"), state, progress, done, total,
                eta, rs.getString("message"), rs.getString("result"), rs.getString("error"),
                problem == null ? null : json.readTree(problem), summary == null ? null : json.readTree(summary),
                rs.getInt("attempts"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("finished_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
