package io.shopmind.servicesupport.contract;

import java.util.Set;
import java.util.StringJoiner;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A digest of everything a service stored: every table of its schema; jobs and the outbox by count only (running
 * jobs renew their leases, the outbox's publisher marks rows sent in the background); without what the event
 * consumer records as it reads the log (its position and the events it applied), which other services feed in the
 * background and no API call writes. It first waits (up to 120 s) until the service's jobs have stopped, so the work
 * of an accepted call is not taken for a change made by a refused one.
 */
public final class StoredState {

    private static final Set<String> COUNTED_ONLY = Set.of("job", "outbox_event");
    private static final Set<String> LEFT_OUT = Set.of("event_log_position", "processed_event");

    private final JdbcTemplate jdbc;
    private final String schema;

    public StoredState(JdbcTemplate jdbc, String schema) {
        this.jdbc = jdbc;
        this.schema = schema;
    }

    public String digest() {
        settle();
        StringJoiner state = new StringJoiner(";");
        for (String table : jdbc.queryForList("""
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = ? AND table_type = 'BASE TABLE' ORDER BY table_name""", String.class, schema)) {
            if (LEFT_OUT.contains(table)) {
                continue;
            }
            String qualified = schema + "." + table;
            String digest = COUNTED_ONLY.contains(table)
                    ? jdbc.queryForObject("SELECT count(*)::text FROM " + qualified, String.class)
                    : jdbc.queryForObject("SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) FROM "
                            + qualified + " t", String.class);
            state.add(table + "=" + digest);
        }
        return state.toString();
    }

    private void settle() {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline && jdbc.queryForObject(
                "SELECT count(*) FROM " + schema + ".job WHERE state IN ('QUEUED', 'RUNNING')", Long.class) > 0) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
