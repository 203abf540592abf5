package io.shopmind.gateway.events;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.shopmind.servicesupport.event.ValidatedEvent;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event log as a table in the gateway's own schema ({@code event_log}).
 *
 * <p><b>Why appends take turns.</b> A service reads "the events after my position" and then moves its position
 * past them. If two appends ran at once, the one holding the higher positions could commit first; a reader would
 * see those, move past them, and never see the lower ones that commit a moment later. So each append locks the one
 * row of {@code event_log_head} first and hands out positions from it; the lock is the transaction's and is
 * released by its commit, so positions become visible strictly in order and a reader never skips a row. One
 * append costs a few milliseconds for a thousand events, so taking turns still makes tens of thousands of events
 * durable per second (see the intake benchmark); the alternative, reading only below the oldest running writer's
 * snapshot, would let appends overlap but make every read depend on {@code pg_snapshot_xmin}.
 *
 * <p>Under the lock, ids the log already holds are dropped before positions are handed out, so positions are dense
 * and a consumer's lag is exactly the number of events it has not applied.
 */
public class PostgresEventLog implements EventLog {

    private static final String APPEND = """
            INSERT INTO event_log (position, event_id, type, key, occurred_at, payload)
            SELECT * FROM unnest(?::bigint[], ?::uuid[], ?::text[], ?::text[], ?::timestamptz[], ?::jsonb[])
            ON CONFLICT (event_id) DO NOTHING""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final List<String> consumers;
    private final AppendSignal appended = new AppendSignal();

    public PostgresEventLog(JdbcTemplate jdbc, TransactionTemplate transactions, JsonMapper json,
            List<String> consumers) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
        this.consumers = List.copyOf(consumers);
    }

    @Override
    public int append(List<ValidatedEvent> events) {
        // serialised outside the turn: it is the costly part and needs no lock
        List<String> payloads = new ArrayList<>(events.size());
        for (ValidatedEvent event : events) {
            payloads.add(json.writeValueAsString(event.payload()));
        }
        Integer added = transactions.execute(status -> appendInTurn(events, payloads));
        if (added != null && added > 0) {
            appended.signal();
        }
        return added == null ? 0 : added;
    }

    private int appendInTurn(List<ValidatedEvent> events, List<String> payloads) {
        long head = jdbc.queryForObject("SELECT position FROM event_log_head FOR UPDATE", Long.class);
        Set<UUID> known = known(events);
        int n = 0;
        int size = events.size();
        Long[] positions = new Long[size];
        UUID[] ids = new UUID[size];
        String[] types = new String[size];
        String[] keys = new String[size];
        Timestamp[] occurredAt = new Timestamp[size];
        String[] bodies = new String[size];
        for (int i = 0; i < size; i++) {
            ValidatedEvent event = events.get(i);
            // known holds the ids already in the log, and then those taken earlier in this batch
            if (known.add(event.envelope().eventId())) {
                positions[n] = head + n + 1;
                ids[n] = event.envelope().eventId();
                types[n] = event.envelope().type().name();
                keys[n] = event.payload().key();
                occurredAt[n] = Timestamp.from(event.envelope().occurredAt());
                bodies[n] = payloads.get(i);
                n++;
            }
        }
        if (n == 0) {
            return 0;
        }
        int count = n;
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(APPEND);
            statement.setArray(1, array(connection, "bigint", positions, count));
            statement.setArray(2, array(connection, "uuid", ids, count));
            statement.setArray(3, array(connection, "text", types, count));
            statement.setArray(4, array(connection, "text", keys, count));
            statement.setArray(5, array(connection, "timestamptz", occurredAt, count));
            statement.setArray(6, array(connection, "jsonb", bodies, count));
            return statement;
        });
        jdbc.update("UPDATE event_log_head SET position = ?", head + n);
        return n;
    }

    private Set<UUID> known(List<ValidatedEvent> events) {
        UUID[] ids = events.stream().map(event -> event.envelope().eventId()).toArray(UUID[]::new);
        Set<UUID> known = new HashSet<>(jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(
                    "SELECT event_id FROM event_log WHERE event_id = ANY (?)");
            statement.setArray(1, connection.createArrayOf("uuid", ids));
            return statement;
        }, (rs, row) -> rs.getObject(1, UUID.class)));
        return known;
    }

    private static Array array(Connection connection, String type, Object[] values, int count) throws SQLException {
        Object[] used = new Object[count];
        System.arraycopy(values, 0, used, 0, count);
        return connection.createArrayOf(type, used);
    }

    /**
     * The events after {@code after}, in position order, at most {@code limit}; when there are none yet, waits up to
     * {@code longPoll} for an append. Records {@code after} as the consumer's committed position.
     */
    public FeedPage read(String consumer, long after, int limit, Duration longPoll) throws InterruptedException {
        jdbc.update("""
                INSERT INTO event_log_consumer (consumer, position, seen_at) VALUES (?, ?, now())
                ON CONFLICT (consumer) DO UPDATE SET position = EXCLUDED.position, seen_at = EXCLUDED.seen_at""",
                consumer, after);
        long deadline = System.nanoTime() + longPoll.toNanos();
        while (true) {
            long seen = appended.version();
            List<FeedEvent> events = jdbc.query("""
                    SELECT position, event_id, type, occurred_at, appended_at, payload::text FROM event_log
                    WHERE position > ? ORDER BY position LIMIT ?""", (rs, row) -> new FeedEvent(rs.getLong(1),
                    rs.getObject(2, UUID.class), rs.getString(3), rs.getTimestamp(4).toInstant(),
                    rs.getTimestamp(5).toInstant(), rs.getString(6)), after, limit);
            long remaining = deadline - System.nanoTime();
            if (!events.isEmpty() || remaining <= 0) {
                return new FeedPage(events, head());
            }
            // another gateway replica's appends signal nothing here: look again at least every 200 ms
            appended.awaitChange(seen, Math.min(remaining, Duration.ofMillis(200).toNanos()));
        }
    }

    long head() {
        return jdbc.queryForObject("SELECT position FROM event_log_head", Long.class);
    }

    @Override
    public LagReport lag() {
        long head = head();
        Map<String, LagReport.ConsumerLag> seen = new HashMap<>();
        jdbc.query("SELECT consumer, position, seen_at FROM event_log_consumer", rs -> {
            long position = rs.getLong(2);
            seen.put(rs.getString(1), new LagReport.ConsumerLag(rs.getString(1), position,
                    Math.max(0, head - position), rs.getTimestamp(3).toInstant()));
        });
        List<LagReport.ConsumerLag> lags = new ArrayList<>();
        for (String consumer : consumers) {
            lags.add(seen.getOrDefault(consumer, new LagReport.ConsumerLag(consumer, 0, head, null)));
        }
        return new LagReport(head, lags);
    }

    /**
     * Deletes events older than {@code retention} that every consumer has applied; a consumer that never read the
     * log keeps everything. Returns how many were deleted.
     */
    public int deleteApplied(Duration retention) {
        long applied = lag().consumers().stream().mapToLong(LagReport.ConsumerLag::position).min()
                .orElse(0);
        return jdbc.update("DELETE FROM event_log WHERE position <= ? AND appended_at < ?", applied,
                Timestamp.from(Instant.now().minus(retention)));
    }

    /** One event of the feed, its payload passed on as the JSON the log holds. */
    public record FeedEvent(long position, UUID eventId, String type, Instant occurredAt, Instant appendedAt,
            @JsonRawValue String payload) {
    }

    /** What {@code GET /internal/v1/events} answers: the shape of {@link io.shopmind.model.event.EventFeedPage}. */
    public record FeedPage(List<FeedEvent> events, long head) {
    }
}
