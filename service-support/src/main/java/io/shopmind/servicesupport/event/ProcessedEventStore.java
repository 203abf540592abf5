package io.shopmind.servicesupport.event;

import io.shopmind.model.event.EventEnvelope;
import java.sql.Timestamp;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** The idempotency record: the ids of every event this service has accepted. */
public class ProcessedEventStore {

    // one round trip for the whole batch; RETURNING tells which ids were new
    private static final String RECORD_NEW = """
            INSERT INTO processed_event (event_id, type, occurred_at)
            SELECT * FROM unnest(?::uuid[], ?::text[], ?::timestamptz[])
            ON CONFLICT (event_id) DO NOTHING
            RETURNING event_id""";

    private final JdbcTemplate jdbc;

    public ProcessedEventStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the events' ids and returns those not seen before. */
    public Set<UUID> recordNew(List<EventEnvelope> events) {
        int n = events.size();
        UUID[] ids = new UUID[n];
        String[] types = new String[n];
        Timestamp[] occurredAt = new Timestamp[n];
        for (int i = 0; i < n; i++) {
            EventEnvelope event = events.get(i);
            ids[i] = event.eventId();
            types[i] = event.type().name();
            occurredAt[i] = Timestamp.from(event.occurredAt());
        }
        return new HashSet<>(jdbc.query(connection -> {
            var statement = connection.prepareStatement(RECORD_NEW);
            statement.setArray(1, connection.createArrayOf("uuid", ids));
            statement.setArray(2, connection.createArrayOf("text", types));
            statement.setArray(3, connection.createArrayOf("timestamptz", occurredAt));
            return statement;
        }, (rs, row) -> rs.getObject(1, UUID.class)));
    }

    public long count() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM processed_event", Long.class);
        return count == null ? 0 : count;
    }
}
