package io.shopmind.servicesupport.event;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How far this service has applied a log ({@code event_log_position}), written in the same transaction as the
 * events themselves, so the position never runs ahead of what is committed nor falls behind it.
 */
public class EventLogPositionStore {

    private final JdbcTemplate jdbc;

    public EventLogPositionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The committed position, 0 before the first event. */
    public long position(String log) {
        Long position = jdbc.query("SELECT position FROM event_log_position WHERE log = ?",
                rs -> rs.next() ? rs.getLong(1) : 0L, log);
        return position == null ? 0 : position;
    }

    /**
     * The committed position, with the row locked until the transaction ends: a second replica applying the same
     * log waits here and then sees how far the first one got.
     */
    long lock(String log) {
        jdbc.update("INSERT INTO event_log_position (log, position) VALUES (?, 0) ON CONFLICT (log) DO NOTHING", log);
        Long position = jdbc.queryForObject("SELECT position FROM event_log_position WHERE log = ? FOR UPDATE",
                Long.class, log);
        return position == null ? 0 : position;
    }

    void save(String log, long position) {
        jdbc.update("UPDATE event_log_position SET position = ?, updated_at = now() WHERE log = ?", position, log);
    }
}
