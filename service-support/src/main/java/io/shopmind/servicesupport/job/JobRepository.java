package io.shopmind.servicesupport.job;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Jobs in the service's own {@code job} table, so any replica can answer for them. */
public class JobRepository {

    private final JdbcTemplate jdbc;

    public JobRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, String kind) {
        jdbc.update("INSERT INTO job (id, kind, state) VALUES (?, ?, ?)", id, kind, JobState.QUEUED.name());
    }

    void started(UUID id) {
        jdbc.update("UPDATE job SET state = ?, started_at = now() WHERE id = ?", JobState.RUNNING.name(), id);
    }

    void progressed(UUID id, long done, long total, String message, Long etaSeconds) {
        jdbc.update("UPDATE job SET done = ?, total = ?, message = ?, eta_seconds = ? WHERE id = ?",
                done, total, message, etaSeconds, id);
    }

    void succeeded(UUID id, String result) {
        jdbc.update("""
                UPDATE job SET state = ?, result = ?, eta_seconds = 0, done = greatest(done, total),
                finished_at = now() WHERE id = ?""", JobState.SUCCEEDED.name(), result, id);
    }

    void failed(UUID id, String error) {
        jdbc.update("UPDATE job SET state = ?, error = ?, eta_seconds = NULL, finished_at = now() WHERE id = ?",
                JobState.FAILED.name(), error, id);
    }

    public Optional<JobView> find(UUID id) {
        return jdbc.query("SELECT * FROM job WHERE id = ?", JobRepository::view, id).stream().findFirst();
    }

    public List<JobView> recent(int limit) {
        return jdbc.query("SELECT * FROM job ORDER BY created_at DESC LIMIT ?", JobRepository::view, limit);
    }

    private static JobView view(ResultSet rs, int row) throws SQLException {
        long done = rs.getLong("done");
        long total = rs.getLong("total");
        JobState state = JobState.valueOf(rs.getString("state"));
        double progress = state == JobState.SUCCEEDED ? 1.0 : total > 0 ? Math.min(1.0, (double) done / total) : 0.0;
        Long eta = rs.getObject("eta_seconds", Long.class);
        return new JobView(rs.getObject("id", UUID.class), rs.getString("kind"), state, progress, done, total,
                eta, rs.getString("message"), rs.getString("result"), rs.getString("error"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("finished_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
