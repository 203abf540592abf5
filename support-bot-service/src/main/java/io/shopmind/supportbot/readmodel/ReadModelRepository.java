package io.shopmind.supportbot.readmodel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The catalogue, its aliases and the orders; event writes are upserts that keep the newest fact by event time. */
@Repository
public class ReadModelRepository {

    private static final String ORDER_COLUMNS =
            "order_id, customer_id, status, placed_at, status_at, jsonb_array_length(lines) AS line_count";

    private final JdbcTemplate jdbc;

    public ReadModelRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void upsertItem(CatalogItem item, Instant at) {
        jdbc.update("""
                INSERT INTO catalog_item (sku, name, category, active, updated_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (sku) DO UPDATE SET name = excluded.name, category = excluded.category,
                    active = excluded.active, updated_at = excluded.updated_at
                WHERE catalog_item.updated_at <= excluded.updated_at""",
                item.sku(), item.name(), item.category(), item.active(), Timestamp.from(at));
    }

    void placeOrder(String orderId, String customerId, Instant at, String linesJson) {
        // a status that arrived before its order keeps its status; the order fills in who and when
        jdbc.update("""
                INSERT INTO shop_order (order_id, customer_id, status, placed_at, status_at, lines)
                VALUES (?, ?, 'PLACED', ?, ?, ?::jsonb)
                ON CONFLICT (order_id) DO UPDATE SET customer_id = excluded.customer_id,
                    placed_at = excluded.placed_at, lines = excluded.lines""",
                orderId, customerId, Timestamp.from(at), Timestamp.from(at), linesJson);
    }

    void changeStatus(String orderId, String status, Instant at) {
        jdbc.update("""
                INSERT INTO shop_order (order_id, status, status_at) VALUES (?, ?, ?)
                ON CONFLICT (order_id) DO UPDATE SET status = excluded.status, status_at = excluded.status_at
                WHERE shop_order.status_at <= excluded.status_at""", orderId, status, Timestamp.from(at));
    }

    public Optional<ShopOrder> order(String orderId) {
        return jdbc.query("SELECT " + ORDER_COLUMNS + " FROM shop_order WHERE lower(order_id) = lower(?)",
                ReadModelRepository::order, orderId).stream().findFirst();
    }

    public List<ShopOrder> recentOrders(String customerId, int limit) {
        return jdbc.query("SELECT " + ORDER_COLUMNS
                + " FROM shop_order WHERE customer_id = ? ORDER BY placed_at DESC NULLS LAST LIMIT ?",
                ReadModelRepository::order, customerId, limit);
    }

    public List<CatalogItem> activeItems() {
        return jdbc.query("SELECT sku, name, category, active FROM catalog_item WHERE active ORDER BY sku",
                ReadModelRepository::item);
    }

    public Optional<CatalogItem> item(String sku) {
        return jdbc.query("SELECT sku, name, category, active FROM catalog_item WHERE sku = ?",
                ReadModelRepository::item, sku).stream().findFirst();
    }

    /** The other names of every product that has some. */
    public Map<String, List<String>> aliases() {
        Map<String, List<String>> aliases = new HashMap<>();
        jdbc.query("SELECT sku, alias FROM product_alias ORDER BY sku, alias", rs -> {
            aliases.computeIfAbsent(rs.getString("sku"), k -> new ArrayList<>()).add(rs.getString("alias"));
        });
        return aliases;
    }

    public List<String> aliasesOf(String sku) {
        return jdbc.queryForList("SELECT alias FROM product_alias WHERE sku = ? ORDER BY alias", String.class, sku);
    }

    /** Replaces a product's other names. */
    public void replaceAliases(String sku, List<String> aliases) {
        jdbc.update("DELETE FROM product_alias WHERE sku = ?", sku);
        jdbc.batchUpdate("INSERT INTO product_alias (sku, alias) VALUES (?, ?) ON CONFLICT DO NOTHING",
                aliases.stream().map(alias -> new Object[] {sku, alias}).toList());
    }

    /** Changes whenever the catalogue or an alias does. */
    public String catalogueStamp() {
        return jdbc.queryForObject("""
                SELECT (SELECT count(*) || '@' || coalesce(max(updated_at)::text, '') FROM catalog_item) || '/'
                    || (SELECT count(*) || ':' || coalesce(sum(hashtext(sku || alias)), 0) FROM product_alias)""",
                String.class);
    }

    private static ShopOrder order(ResultSet rs, int row) throws SQLException {
        return new ShopOrder(rs.getString("order_id"), rs.getString("customer_id"), rs.getString("status"),
                instant(rs.getTimestamp("placed_at")), instant(rs.getTimestamp("status_at")), rs.getInt("line_count"));
    }

    private static CatalogItem item(ResultSet rs, int row) throws SQLException {
        return new CatalogItem(rs.getString("sku"), rs.getString("name"), rs.getString("category"),
                rs.getBoolean("active"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
