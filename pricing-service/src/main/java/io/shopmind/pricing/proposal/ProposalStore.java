package io.shopmind.pricing.proposal;

import io.shopmind.pricing.book.Amounts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The {@code proposal} table. */
@Repository
public class ProposalStore {

    private static final String COLUMNS = """
            id, run_id, sku, currency, current_price, proposed_price, status, reason::text AS reason, created_at,
            decided_by, decided_at, decision_note""";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    public ProposalStore(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Adds a pending proposal, superseding any still pending for the SKU. */
    public long add(UUID runId, String sku, String currency, BigDecimal current, BigDecimal proposed,
            ProposalReason reason) {
        jdbc.update("UPDATE proposal SET status = 'SUPERSEDED' WHERE sku = ? AND status = 'PENDING'", sku);
        Long id = jdbc.queryForObject("""
                INSERT INTO proposal (run_id, sku, currency, current_price, proposed_price, status, reason)
                VALUES (?, ?, ?, ?, ?, 'PENDING', ?::jsonb) RETURNING id""", Long.class, runId, sku, currency, current,
                proposed, json.writeValueAsString(reason));
        return id == null ? -1 : id;
    }

    public Optional<ProposalView> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM proposal WHERE id = ?", this::view, id).stream().findFirst();
    }

    Optional<ProposalView> lock(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM proposal WHERE id = ? FOR UPDATE", this::view, id).stream()
                .findFirst();
    }

    void decide(long id, ProposalStatus status, String actor, String note, Instant at) {
        jdbc.update("UPDATE proposal SET status = ?, decided_by = ?, decided_at = ?, decision_note = ? WHERE id = ?",
                status.name(), actor, Timestamp.from(at), note, id);
    }

    /** Proposals in id order after {@code after}, optionally of one run, SKU or status. */
    public List<ProposalView> list(UUID runId, String sku, ProposalStatus status, long after, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM proposal WHERE" + """
                  (?::uuid IS NULL OR run_id = ?) AND (?::text IS NULL OR sku = ?)
                    AND (?::text IS NULL OR status = ?) AND id > ? ORDER BY id LIMIT ?""", this::view, runId, runId,
                sku, sku, status == null ? null : status.name(), status == null ? null : status.name(), after, limit);
    }

    private ProposalView view(ResultSet rs, int row) throws SQLException {
        BigDecimal current = Amounts.normalize(rs.getBigDecimal("current_price"));
        BigDecimal proposed = Amounts.normalize(rs.getBigDecimal("proposed_price"));
        double change = current.signum() == 0 ? 0 : proposed.subtract(current).multiply(BigDecimal.valueOf(100))
                .divide(current, 2, RoundingMode.HALF_UP).doubleValue();
        Timestamp decided = rs.getTimestamp("decided_at");
        return new ProposalView(rs.getLong("id"), rs.getObject("run_id", UUID.class), rs.getString("sku"),
                rs.getString("currency"), current, proposed, change, ProposalStatus.valueOf(rs.getString("status")),
                json.readValue(rs.getString("reason"), ProposalReason.class), rs.getTimestamp("created_at").toInstant(),
                rs.getString("decided_by"), decided == null ? null : decided.toInstant(), rs.getString("decision_note"));
    }
}
