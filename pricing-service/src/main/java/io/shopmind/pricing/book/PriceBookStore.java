package io.shopmind.pricing.book;

import io.shopmind.pricing.guardrail.PriceEnding;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The {@code price_book} and {@code price_change} tables. */
@Repository
public class PriceBookStore {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    public PriceBookStore(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<PriceBookEntry> find(String sku) {
        return jdbc.query("SELECT * FROM price_book WHERE sku = ?", PriceBookStore::entry, sku).stream().findFirst();
    }

    /** The entry, locked until the transaction ends, so two changes of one SKU apply one after the other. */
    public Optional<PriceBookEntry> lock(String sku) {
        return jdbc.query("SELECT * FROM price_book WHERE sku = ? FOR UPDATE", PriceBookStore::entry, sku).stream()
                .findFirst();
    }

    /** The entries of {@code skus} that exist, locked in SKU order (so concurrent imports cannot deadlock). */
    public Map<String, PriceBookEntry> lockAll(Collection<String> skus) {
        Map<String, PriceBookEntry> entries = new HashMap<>();
        jdbc.query(connection -> {
            var statement = connection.prepareStatement(
                    "SELECT * FROM price_book WHERE sku = ANY (?) ORDER BY sku FOR UPDATE");
            statement.setArray(1, connection.createArrayOf("text", skus.toArray()));
            return statement;
        }, rs -> {
            PriceBookEntry entry = entry(rs, 0);
            entries.put(entry.sku(), entry);
        });
        return entries;
    }

    public List<PriceBookEntry> findAll(Collection<String> skus) {
        return jdbc.query(connection -> {
            var statement = connection.prepareStatement("SELECT * FROM price_book WHERE sku = ANY (?) ORDER BY sku");
            statement.setArray(1, connection.createArrayOf("text", skus.toArray()));
            return statement;
        }, PriceBookStore::entry);
    }

    /** A page in SKU order, after {@code after} (exclusive), optionally of one category. */
    public List<PriceBookEntry> page(String after, String category, int limit) {
        return jdbc.query("""
                SELECT * FROM price_book WHERE sku > coalesce(?, '') AND (?::text IS NULL OR category = ?)
                ORDER BY sku LIMIT ?""", PriceBookStore::entry, after, category, category, limit);
    }

    /** Entries changed at or after {@code since}, for the storefront cache. */
    public List<PriceBookEntry> changedSince(Instant since) {
        return jdbc.query("SELECT * FROM price_book WHERE updated_at >= ?", PriceBookStore::entry,
                Timestamp.from(since));
    }

    public void save(List<PriceBookEntry> entries) {
        jdbc.batchUpdate("""
                INSERT INTO price_book (sku, currency, list_price, price, unit_cost, map_price, floor_price,
                    ceiling_price, min_margin, price_ending, category, effective_since, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (sku) DO UPDATE SET currency = EXCLUDED.currency, list_price = EXCLUDED.list_price,
                    price = EXCLUDED.price, unit_cost = EXCLUDED.unit_cost, map_price = EXCLUDED.map_price,
                    floor_price = EXCLUDED.floor_price, ceiling_price = EXCLUDED.ceiling_price,
                    min_margin = EXCLUDED.min_margin, price_ending = EXCLUDED.price_ending,
                    category = EXCLUDED.category, effective_since = EXCLUDED.effective_since,
                    updated_at = EXCLUDED.updated_at""", entries.stream().map(e -> new Object[] {e.sku(), e.currency(),
                e.listPrice(), e.price(), e.unitCost(), e.mapPrice(), e.floorPrice(), e.ceilingPrice(), e.minMargin(),
                e.priceEnding().name(), e.category(), Timestamp.from(e.effectiveSince()),
                Timestamp.from(e.updatedAt())}).toList());
    }

    /** One audited change: the entry before (null for a new SKU), after, who and why. */
    public record Audited(PriceBookEntry before, PriceBookEntry after, String actor, String reason) {
    }

    public void audit(List<Audited> changes) {
        jdbc.batchUpdate("""
                INSERT INTO price_change (sku, actor, changed_at, reason, currency, old_price, new_price, old_entry,
                    new_entry) VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)""", changes.stream().map(c -> new Object[] {
                c.after().sku(), c.actor(), Timestamp.from(c.after().updatedAt()), c.reason(), c.after().currency(),
                c.before() == null ? null : c.before().price(), c.after().price(),
                c.before() == null ? null : json.writeValueAsString(c.before()), json.writeValueAsString(c.after())})
                .toList());
    }

    /** Each SKU's selling price at an instant, for the SKUs the price book held then. */
    public Map<String, BigDecimal> pricesAt(Collection<String> skus, Instant at) {
        Map<String, BigDecimal> prices = new HashMap<>();
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("""
                    SELECT DISTINCT ON (sku) sku, new_price FROM price_change WHERE sku = ANY (?) AND changed_at <= ?
                    ORDER BY sku, changed_at DESC, id DESC""");
            statement.setArray(1, connection.createArrayOf("text", skus.toArray()));
            statement.setTimestamp(2, Timestamp.from(at));
            return statement;
        }, rs -> {
            prices.put(rs.getString("sku"), Amounts.normalize(rs.getBigDecimal("new_price")));
        });
        return prices;
    }

    /** The audit trail of a SKU, newest first. */
    public List<PriceChange> changes(String sku, int limit) {
        return changes(sku, Instant.EPOCH, Instant.parse("9999-12-31T00:00:00Z"), limit);
    }

    /** The audit trail of a SKU between two instants, newest first. */
    public List<PriceChange> changes(String sku, Instant from, Instant to, int limit) {
        return jdbc.query("""
                SELECT id, sku, actor, changed_at, reason, currency, old_price, new_price, old_entry::text AS old_entry,
                    new_entry::text AS new_entry FROM price_change WHERE sku = ? AND changed_at >= ? AND changed_at <= ?
                ORDER BY changed_at DESC, id DESC LIMIT ?""", (rs, row) -> new PriceChange(rs.getLong("id"), rs.getString("sku"), rs.getString("actor"),
                rs.getTimestamp("changed_at").toInstant(), rs.getString("reason"), rs.getString("currency"),
                Amounts.normalize(rs.getBigDecimal("old_price")), Amounts.normalize(rs.getBigDecimal("new_price")),
                rs.getString("old_entry") == null ? null : json.readValue(rs.getString("old_entry"), PriceBookEntry.class),
                json.readValue(rs.getString("new_entry"), PriceBookEntry.class)), sku, Timestamp.from(from),
                Timestamp.from(to), limit);
    }

    static PriceBookEntry entry(ResultSet rs, int row) throws SQLException {
        return new PriceBookEntry(rs.getString("sku"), rs.getString("currency"), money(rs, "list_price"),
                money(rs, "price"), money(rs, "unit_cost"), money(rs, "map_price"), money(rs, "floor_price"),
                money(rs, "ceiling_price"), (Double) rs.getObject("min_margin"),
                PriceEnding.valueOf(rs.getString("price_ending")), rs.getString("category"),
                rs.getTimestamp("effective_since").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    private static BigDecimal money(ResultSet rs, String column) throws SQLException {
        return Amounts.normalize(rs.getBigDecimal(column));
    }
}
