package io.shopmind.recommendation.ingest;

import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The interaction table: batch inserts that ignore what is already there, and a shopper's recent history. */
@Repository
public class InteractionStore {

    /** The natural key of an interaction, as the unique index spells it (nulls count as equal). */
    public static final String NATURAL_KEY = "(customer_id, occurred_at, session_id, sku, kind)";

    // one round trip for the whole batch
    private static final String INSERT = """
            INSERT INTO interaction (customer_id, session_id, sku, kind, weight, occurred_at, basket)
            SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::real[], ?::timestamptz[], ?::text[])
            ON CONFLICT %s DO NOTHING""".formatted(NATURAL_KEY);

    private static final RowMapper<Interaction> ROW = (rs, row) -> new Interaction(rs.getString("customer_id"),
            rs.getString("session_id"), rs.getString("sku"), rs.getString("kind"), rs.getFloat("weight"),
            rs.getTimestamp("occurred_at").toInstant(), rs.getString("basket"));

    private final JdbcTemplate jdbc;

    public InteractionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the interactions not stored before; returns how many were new. */
    public int insert(List<Interaction> interactions) {
        int n = interactions.size();
        if (n == 0) {
            return 0;
        }
        String[] customers = new String[n];
        String[] sessions = new String[n];
        String[] skus = new String[n];
        String[] kinds = new String[n];
        Float[] weights = new Float[n];
        Timestamp[] times = new Timestamp[n];
        String[] baskets = new String[n];
        for (int i = 0; i < n; i++) {
            Interaction interaction = interactions.get(i);
            customers[i] = interaction.customerId();
            sessions[i] = interaction.sessionId();
            skus[i] = interaction.sku();
            kinds[i] = interaction.kind();
            weights[i] = interaction.weight();
            times[i] = Timestamp.from(interaction.occurredAt());
            baskets[i] = interaction.basket();
        }
        return jdbc.update(connection -> {
            var statement = connection.prepareStatement(INSERT);
            statement.setArray(1, connection.createArrayOf("text", customers));
            statement.setArray(2, connection.createArrayOf("text", sessions));
            statement.setArray(3, connection.createArrayOf("text", skus));
            statement.setArray(4, connection.createArrayOf("text", kinds));
            statement.setArray(5, connection.createArrayOf("float4", weights));
            statement.setArray(6, connection.createArrayOf("timestamptz", times));
            statement.setArray(7, connection.createArrayOf("text", baskets));
            return statement;
        });
    }

    /** A signed-in shopper's most recent interactions, newest first. */
    public List<Interaction> ofCustomer(String customerId, int limit) {
        return jdbc.query("SELECT * FROM interaction WHERE customer_id = ? ORDER BY occurred_at DESC LIMIT ?", ROW,
                customerId, limit);
    }

    /**
     * An anonymous visit's most recent interactions, newest first. What a shopper did signed in is found by
     * {@link #ofCustomer}, so only the visit's anonymous rows are indexed and read here.
     */
    public List<Interaction> ofSession(String sessionId, int limit) {
        return jdbc.query("""
                SELECT * FROM interaction WHERE session_id = ? AND customer_id IS NULL
                ORDER BY occurred_at DESC LIMIT ?""", ROW, sessionId, limit);
    }

    /** Streams every signed-in shopper's interaction, for training; call inside a transaction so rows stream. */
    public void forEachOfCustomers(RowCallbackHandler handler) {
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(10_000);
        // rows stored before the import's rules (a weight of 1e308, say) would fail every training: they are left
        // out here, and listed and removed at /interactions/invalid
        streaming.query("SELECT customer_id, sku, kind, weight, occurred_at, basket FROM interaction "
                + "WHERE customer_id IS NOT NULL AND weight > 0 AND weight <= " + (long) InteractionImport.MAX_WEIGHT,
                handler);
    }
}
