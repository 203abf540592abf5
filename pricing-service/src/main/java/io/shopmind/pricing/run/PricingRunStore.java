package io.shopmind.pricing.run;

import io.shopmind.pricing.elasticity.ElasticityEstimate;
import io.shopmind.pricing.elasticity.ElasticitySource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The {@code pricing_run} and {@code elasticity_estimate} tables. */
@Repository
public class PricingRunStore {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    public PricingRunStore(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void create(UUID id, RunRequest request) {
        jdbc.update("INSERT INTO pricing_run (id, request, state) VALUES (?, ?::jsonb, 'QUEUED')", id,
                json.writeValueAsString(request));
    }

    void attachJob(UUID id, UUID jobId) {
        jdbc.update("UPDATE pricing_run SET job_id = ? WHERE id = ?", jobId, id);
    }

    void running(UUID id) {
        jdbc.update("UPDATE pricing_run SET state = 'RUNNING' WHERE id = ?", id);
    }

    void finished(UUID id, int skus, int proposals, List<Skipped> skipped, Map<String, Long> sources) {
        jdbc.update("""
                UPDATE pricing_run SET state = 'SUCCEEDED', skus = ?, proposals = ?, skipped = ?::jsonb,
                    sources = ?::jsonb, finished_at = now() WHERE id = ?""", skus, proposals,
                json.writeValueAsString(skipped), json.writeValueAsString(sources), id);
    }

    void failed(UUID id, String error) {
        jdbc.update("UPDATE pricing_run SET state = 'FAILED', error = ?, finished_at = now() WHERE id = ?", error, id);
    }

    public Optional<RunView> find(UUID id) {
        return jdbc.query("""
                SELECT id, job_id, request::text AS request, state, skus, proposals, skipped::text AS skipped,
                    sources::text AS sources, created_at, finished_at, error FROM pricing_run WHERE id = ?""",
                (rs, row) -> new RunView(rs.getObject("id", UUID.class), rs.getObject("job_id", UUID.class),
                        json.readValue(rs.getString("request"), RunRequest.class), rs.getString("state"),
                        rs.getInt("skus"), rs.getInt("proposals"),
                        rs.getString("skipped") == null ? List.of() : List.of(json.readValue(rs.getString("skipped"),
                                Skipped[].class)),
                        rs.getString("sources") == null ? Map.of() : json.readValue(rs.getString("sources"),
                                new tools.jackson.core.type.TypeReference<Map<String, Long>>() {
                                }),
                        instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("finished_at")),
                        rs.getString("error")), id).stream().findFirst();
    }

    void saveEstimates(UUID runId, List<ElasticityEstimate> estimates, Instant at) {
        List<Object[]> rows = new ArrayList<>(estimates.size());
        for (ElasticityEstimate e : estimates) {
            rows.add(new Object[] {e.sku(), runId, e.category(), e.elasticity(), e.lower(), e.upper(), e.source().name(),
                    e.method(), e.observations(), e.ownElasticity(), e.ownStandardError(), e.shrinkage(),
                    e.crossElasticity(), e.note(), Timestamp.from(at)});
        }
        jdbc.batchUpdate("""
                INSERT INTO elasticity_estimate (sku, run_id, category, elasticity, lower_bound, upper_bound, source,
                    method, observations, own_elasticity, own_std_error, shrinkage, cross_elasticity, note, estimated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (sku) DO UPDATE SET run_id = EXCLUDED.run_id, category = EXCLUDED.category,
                    elasticity = EXCLUDED.elasticity, lower_bound = EXCLUDED.lower_bound,
                    upper_bound = EXCLUDED.upper_bound, source = EXCLUDED.source, method = EXCLUDED.method,
                    observations = EXCLUDED.observations, own_elasticity = EXCLUDED.own_elasticity,
                    own_std_error = EXCLUDED.own_std_error, shrinkage = EXCLUDED.shrinkage,
                    cross_elasticity = EXCLUDED.cross_elasticity, note = EXCLUDED.note,
                    estimated_at = EXCLUDED.estimated_at""", rows);
    }

    public Optional<ElasticityEstimate> estimate(String sku) {
        return jdbc.query("SELECT * FROM elasticity_estimate WHERE sku = ?", PricingRunStore::estimate, sku).stream()
                .findFirst();
    }

    public List<ElasticityEstimate> estimates(String category, int limit) {
        return jdbc.query("""
                SELECT * FROM elasticity_estimate WHERE (?::text IS NULL OR category = ?) ORDER BY sku LIMIT ?""",
                PricingRunStore::estimate, category, category, limit);
    }

    private static ElasticityEstimate estimate(ResultSet rs, int row) throws SQLException {
        return new ElasticityEstimate(rs.getString("sku"), rs.getString("category"), (Double) rs.getObject("elasticity"),
                (Double) rs.getObject("lower_bound"), (Double) rs.getObject("upper_bound"),
                ElasticitySource.valueOf(rs.getString("source")), rs.getString("method"), rs.getInt("observations"),
                (Double) rs.getObject("own_elasticity"), (Double) rs.getObject("own_std_error"),
                (Double) rs.getObject("shrinkage"), (Double) rs.getObject("cross_elasticity"), rs.getString("note"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** A SKU the run made no proposal for, and why. */
    public record Skipped(String sku, String reason) {
    }

    /**
     * A pricing run as ops see it.
     *
     * @param sources how many SKUs' sales and stock came live, from a stored copy, or not at all
     */
    public record RunView(UUID id, UUID jobId, RunRequest request, String state, int skus, int proposals,
            List<Skipped> skipped, Map<String, Long> sources, Instant createdAt, Instant finishedAt, String error) {
    }
}
