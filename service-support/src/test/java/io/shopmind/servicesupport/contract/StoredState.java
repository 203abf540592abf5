package io.shopmind.servicesupport.contract;

import java.util.StringJoiner;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A digest of everything a service stored: every table of its schema, jobs and the idempotency record by count
 * only (running jobs renew their leases). It first waits (up to 30 s) until the service's jobs have stopped, so the
 * work of an accepted call is not taken for a change made by a refused one.
 */
public final class StoredState {

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
            String qualified = schema + "." + table;
            String digest = table.equals("job") || table.equals("processed_event")
                    ? jdbc.queryForObject("SELECT count(*)::text FROM " + qualified, String.class)
                    : jdbc.queryForObject("SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) FROM "
                            + qualified + " t", String.class);
            state.add(table + "=" + digest);
        }
        return state.toString();
    }

    private void settle() {
        long deadline = System.nanoTime() + 30_000_000_000L;
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
