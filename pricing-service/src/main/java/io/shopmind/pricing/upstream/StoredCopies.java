package io.shopmind.pricing.upstream;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The last copy of each SKU's data another service gave, as the JSON it sent. */
@Component
public class StoredCopies {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    public StoredCopies(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void store(String kind, Map<String, ?> byKey, Instant fetchedAt) {
        List<Object[]> rows = new ArrayList<>(byKey.size());
        byKey.forEach((key, value) -> rows.add(new Object[] {kind, key, json.writeValueAsString(value),
                Timestamp.from(fetchedAt)}));
        jdbc.batchUpdate("""
                INSERT INTO upstream_copy (kind, key, body, fetched_at) VALUES (?, ?, ?::jsonb, ?)
                ON CONFLICT (kind, key) DO UPDATE SET body = EXCLUDED.body, fetched_at = EXCLUDED.fetched_at""", rows);
    }

    /** The stored copies of {@code keys} that exist. */
    public <T> Map<String, Fetched<T>> load(String kind, Collection<String> keys, Class<T> type, String reason) {
        Map<String, Fetched<T>> copies = new HashMap<>();
        jdbc.query(connection -> {
            var statement = connection.prepareStatement(
                    "SELECT key, body::text AS body, fetched_at FROM upstream_copy WHERE kind = ? AND key = ANY (?)");
            statement.setString(1, kind);
            statement.setArray(2, connection.createArrayOf("text", keys.toArray()));
            return statement;
        }, rs -> {
            Instant at = rs.getTimestamp("fetched_at").toInstant();
            copies.put(rs.getString("key"), new Fetched<>(json.readValue(rs.getString("body"), type), Source.STORED, at,
                    reason + "; using the copy stored at " + at));
        });
        return copies;
    }
}
