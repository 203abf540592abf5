package io.shopmind.servicesupport.event;

import io.shopmind.model.event.EventEnvelope;
import io.shopmind.model.event.EventType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The service's {@code dead_letter} table: events it could not apply, until a replay applies them. */
public class DeadLetterStore {

    private static final TypeReference<Map<String, Object>> PAYLOAD = new TypeReference<>() { };

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    public DeadLetterStore(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void add(EventEnvelope event, Long logPosition, EventRejectedException rejection) {
        jdbc.update("""
                INSERT INTO dead_letter (event_id, type, occurred_at, payload, log_position, reason, detail)
                VALUES (?, ?, ?, ?::jsonb, ?, ?, ?)
                ON CONFLICT (event_id) DO NOTHING""",
                event.eventId(), event.type().name(), Timestamp.from(event.occurredAt()),
                json.writeValueAsString(event.payload()), logPosition, rejection.reason(), rejection.detail());
    }

    public List<DeadLetter> list(String reason, int limit) {
        return jdbc.query("""
                SELECT * FROM dead_letter WHERE ?::text IS NULL OR reason = ?
                ORDER BY dead_lettered_at, event_id LIMIT ?""", this::row, reason, reason, limit);
    }

    public long count() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM dead_letter", Long.class);
        return count == null ? 0 : count;
    }

    /** The dead letter, locked until the transaction ends, so two replays of one event do not both apply it. */
    Optional<DeadLetter> lock(UUID eventId) {
        return jdbc.query("SELECT * FROM dead_letter WHERE event_id = ? FOR UPDATE", this::row, eventId).stream()
                .findFirst();
    }

    void remove(UUID eventId) {
        jdbc.update("DELETE FROM dead_letter WHERE event_id = ?", eventId);
    }

    void replayFailed(UUID eventId, EventRejectedException rejection) {
        jdbc.update("""
                UPDATE dead_letter SET reason = ?, detail = ?, replay_attempts = replay_attempts + 1,
                       last_replay_at = now() WHERE event_id = ?""", rejection.reason(), rejection.detail(), eventId);
    }

    private DeadLetter row(ResultSet rs, int row) throws SQLException {
        return new DeadLetter(rs.getObject("event_id", UUID.class), EventType.valueOf(rs.getString("type")),
                rs.getTimestamp("occurred_at").toInstant(), json.readValue(rs.getString("payload"), PAYLOAD),
                rs.getObject("log_position", Long.class), rs.getString("reason"), rs.getString("detail"),
                rs.getTimestamp("dead_lettered_at").toInstant(), rs.getInt("replay_attempts"));
    }
}
