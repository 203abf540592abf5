package io.shopmind.pricing.outbox;

import io.shopmind.model.event.EventEnvelope;
import io.shopmind.model.event.EventType;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The transactional outbox (Richardson, <i>Microservices Patterns</i>, 3.3.7): an event is written in the
 * transaction of the change it announces, so it is published if and only if the change commits.
 */
@Component
public class Outbox {

    private static final TypeReference<Map<String, Object>> PAYLOAD = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    public Outbox(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Adds an event to the caller's transaction; there must be one. */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID append(EventType type, Instant occurredAt, Object payload) {
        UUID id = UUID.randomUUID();
        jdbc.update("INSERT INTO outbox_event (event_id, type, occurred_at, payload) VALUES (?, ?, ?, ?::jsonb)",
                id, type.name(), Timestamp.from(occurredAt), json.writeValueAsString(payload));
        return id;
    }

    /** Adds many events of one type to the caller's transaction in one round trip. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void appendAll(EventType type, Instant occurredAt, List<?> payloads) {
        jdbc.batchUpdate("INSERT INTO outbox_event (event_id, type, occurred_at, payload) VALUES (?, ?, ?, ?::jsonb)",
                payloads.stream().map(payload -> new Object[] {UUID.randomUUID(), type.name(),
                        Timestamp.from(occurredAt), json.writeValueAsString(payload)}).toList());
    }

    /** Up to {@code limit} events due for sending, oldest first, locked so another replica skips them. */
    List<Pending> lockDue(int limit) {
        return jdbc.query("""
                SELECT id, event_id, type, occurred_at, payload::text AS payload FROM outbox_event
                WHERE sent_at IS NULL AND next_attempt_at <= now() ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED""",
                (rs, row) -> new Pending(rs.getLong("id"), new EventEnvelope(rs.getObject("event_id", UUID.class),
                        EventType.valueOf(rs.getString("type")), rs.getTimestamp("occurred_at").toInstant(),
                        json.readValue(rs.getString("payload"), PAYLOAD))), limit);
    }

    void markSent(List<Long> ids) {
        jdbc.update(connection -> {
            var statement = connection.prepareStatement(
                    "UPDATE outbox_event SET sent_at = now(), attempts = attempts + 1 WHERE id = ANY (?)");
            statement.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
            return statement;
        });
    }

    /** Records a failed attempt and when to try again: doubling waits from 1 s, at most 5 minutes. */
    void markFailed(List<Long> ids, String error) {
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("""
                    UPDATE outbox_event SET attempts = attempts + 1, last_error = ?,
                        next_attempt_at = now() + least(300, power(2, attempts)) * interval '1 second'
                    WHERE id = ANY (?)""");
            statement.setString(1, error);
            statement.setArray(2, connection.createArrayOf("bigint", ids.toArray()));
            return statement;
        });
    }

    /** How many events wait to be sent, and the oldest one's last error, for health and the ops view. */
    public OutboxState state() {
        return jdbc.queryForObject("""
                SELECT count(*) AS unsent, max(attempts) AS attempts,
                    (SELECT last_error FROM outbox_event WHERE sent_at IS NULL ORDER BY id LIMIT 1) AS last_error
                FROM outbox_event WHERE sent_at IS NULL""", (rs, row) -> new OutboxState(rs.getLong("unsent"),
                rs.getInt("attempts"), rs.getString("last_error")));
    }

    record Pending(long id, EventEnvelope event) {
    }

    /** @param maxAttempts the most attempts any waiting event has had */
    public record OutboxState(long unsent, int maxAttempts, String lastError) {
    }
}
