package io.shopmind.recommendation.catalog;

import io.shopmind.model.event.CatalogItemUpserted;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The catalog_item table: the latest upsert of each sku wins, whatever order the events arrive in. */
@Repository
public class CatalogueStore {

    private static final String UPSERT = """
            INSERT INTO catalog_item (sku, name, category, brand, active, price_band, updated_at)
            SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::boolean[], ?::text[], ?::timestamptz[])
            ON CONFLICT (sku) DO UPDATE SET name = excluded.name, category = excluded.category, brand = excluded.brand,
                active = excluded.active, price_band = excluded.price_band, updated_at = excluded.updated_at
            WHERE catalog_item.updated_at <= excluded.updated_at""";

    private final JdbcTemplate jdbc;
    private final CatalogueProperties properties;

    public CatalogueStore(JdbcTemplate jdbc, CatalogueProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** An upsert and when it happened. */
    public record Upsert(CatalogItemUpserted item, Instant occurredAt) {
    }

    public void upsert(List<Upsert> upserts) {
        // one row per sku and statement: the latest of the batch
        Map<String, Upsert> latest = new LinkedHashMap<>();
        for (Upsert upsert : upserts) {
            latest.merge(upsert.item().sku(), upsert,
                    (a, b) -> b.occurredAt().isBefore(a.occurredAt()) ? a : b);
        }
        List<Upsert> rows = new ArrayList<>(latest.values());
        int n = rows.size();
        if (n == 0) {
            return;
        }
        String[] skus = new String[n];
        String[] names = new String[n];
        String[] categories = new String[n];
        String[] brands = new String[n];
        Boolean[] active = new Boolean[n];
        String[] bands = new String[n];
        Timestamp[] times = new Timestamp[n];
        for (int i = 0; i < n; i++) {
            CatalogItemUpserted item = rows.get(i).item();
            skus[i] = item.sku();
            names[i] = item.name();
            categories[i] = item.category();
            brands[i] = item.brand();
            active[i] = item.active();
            bands[i] = properties.bandOf(item.price() == null ? null : item.price().amount());
            times[i] = Timestamp.from(rows.get(i).occurredAt());
        }
        jdbc.update(connection -> {
            var statement = connection.prepareStatement(UPSERT);
            statement.setArray(1, connection.createArrayOf("text", skus));
            statement.setArray(2, connection.createArrayOf("text", names));
            statement.setArray(3, connection.createArrayOf("text", categories));
            statement.setArray(4, connection.createArrayOf("text", brands));
            statement.setArray(5, connection.createArrayOf("boolean", active));
            statement.setArray(6, connection.createArrayOf("text", bands));
            statement.setArray(7, connection.createArrayOf("timestamptz", times));
            return statement;
        });
    }

    public List<CatalogItem> all() {
        return jdbc.query("SELECT sku, name, category, brand, active, price_band FROM catalog_item",
                (rs, row) -> new CatalogItem(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), rs.getString(6)));
    }
}
