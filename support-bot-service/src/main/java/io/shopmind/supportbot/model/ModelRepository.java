package io.shopmind.supportbot.model;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Trained intent models: the binary model, its report, and which version is active. */
@Repository
public class ModelRepository {

    /** How many of the latest models keep their bytes; older versions keep only their reports. */
    static final int KEPT_MODELS = 3;

    /** A stored model's bytes and report. */
    public record StoredModel(int version, byte[] model, ModelReport report) {
    }

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    public ModelRepository(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public int nextVersion() {
        Integer next = jdbc.queryForObject("SELECT nextval(pg_get_serial_sequence('intent_model', 'version'))",
                Integer.class);
        return next == null ? 1 : next;
    }

    /** Stores a model and makes it the active one, in one transaction; the oldest kept model drops its bytes. */
    @Transactional
    public void storeActive(int version, byte[] model, ModelReport report) {
        jdbc.update("UPDATE intent_model SET active = false WHERE active");
        jdbc.update("""
                INSERT INTO intent_model (version, created_at, examples, features, report, model, active)
                VALUES (?, ?, ?, ?, ?::jsonb, ?, true)""", version, java.sql.Timestamp.from(report.createdAt()),
                report.examples(), report.features(), json.writeValueAsString(report), model);
        jdbc.update("""
                UPDATE intent_model SET model = NULL WHERE model IS NOT NULL AND NOT active AND version NOT IN (
                    SELECT version FROM intent_model WHERE model IS NOT NULL ORDER BY version DESC LIMIT ?)""",
                KEPT_MODELS);
    }

    public Optional<StoredModel> active() {
        return jdbc.query("SELECT version, model, report::text AS report FROM intent_model WHERE active",
                (rs, row) -> new StoredModel(rs.getInt("version"), rs.getBytes("model"),
                        json.readValue(rs.getString("report"), ModelReport.class))).stream().findFirst();
    }

    /** Whether a training job of that kind is queued or running (the service's job table). */
    public boolean trainingPending(String kind) {
        Integer pending = jdbc.queryForObject("SELECT count(*) FROM job WHERE kind = ? AND state IN ('QUEUED', 'RUNNING')",
                Integer.class, kind);
        return pending != null && pending > 0;
    }

    public Optional<Integer> activeVersion() {
        return jdbc.queryForList("SELECT version FROM intent_model WHERE active", Integer.class).stream().findFirst();
    }

    public Optional<ModelReport> report(int version) {
        return jdbc.query("SELECT report::text FROM intent_model WHERE version = ?",
                (rs, row) -> json.readValue(rs.getString(1), ModelReport.class), version).stream().findFirst();
    }

    public List<ModelReport> reports(int limit) {
        return jdbc.query("SELECT report::text FROM intent_model ORDER BY version DESC LIMIT ?",
                (rs, row) -> json.readValue(rs.getString(1), ModelReport.class), limit);
    }
}
