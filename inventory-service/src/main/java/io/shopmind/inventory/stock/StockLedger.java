package io.shopmind.inventory.stock;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stock ledger: positions, the movements that change them and the shortfalls. Every change runs in the caller's
 * transaction on positions it has locked ({@link #lock}), so concurrent orders and receipts never lose an update and a
 * failed request leaves nothing behind. Plain SQL rather than JPA: the updates are single-row arithmetic on locked
 * rows, and event batches touch many of them.
 */
@Component
public class StockLedger {

    /** A SKU in a warehouse. */
    public record Key(String sku, String warehouse) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            int bySku = sku.compareTo(other.sku);
            return bySku != 0 ? bySku : warehouse.compareTo(other.warehouse);
        }
    }

    /** What a movement left behind. */
    public record Movement(long id, String sku, String warehouse, MovementKind kind, long quantity, long onHandAfter,
            long reservedAfter, String reference) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public StockLedger(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether inventory knows the SKU: it has replenishment parameters or stock has been counted for it. */
    public boolean knows(String sku) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM sku WHERE sku = ?)
                    OR EXISTS (SELECT 1 FROM stock_position WHERE sku = ?)""",
                Boolean.class, sku, sku));
    }

    /** Creates the positions that do not exist yet, empty. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void open(Collection<Key> keys) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.batchUpdate("""
                INSERT INTO stock_position (sku, warehouse, on_hand, on_order, reserved, backordered, updated_at)
                VALUES (?, ?, 0, 0, 0, 0, ?) ON CONFLICT DO NOTHING""",
                keys.stream().map(k -> new Object[] {k.sku(), k.warehouse(), now}).toList());
    }

    /**
     * Locks the existing positions among {@code keys} until the transaction ends, in key order so that two batches
     * never wait on each other, and returns them.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<Key, StockLevel> lock(Collection<Key> keys) {
        Map<Key, StockLevel> locked = new TreeMap<>();
        for (Key key : new TreeSet<>(keys)) {
            find(key, true).ifPresent(level -> locked.put(key, level));
        }
        return locked;
    }

    public Optional<StockLevel> find(Key key) {
        return find(key, false);
    }

    public List<StockLevel> positionsOf(String sku) {
        return jdbc.query("SELECT * FROM stock_position WHERE sku = ? ORDER BY warehouse", StockLedger::level, sku);
    }

    /** The positions of {@code skus} in every warehouse, or in {@code warehouse} when it is not null. */
    public List<StockLevel> positionsOf(Collection<String> skus, String warehouse) {
        return jdbc.query(connection -> {
            var statement = connection.prepareStatement("""
                    SELECT * FROM stock_position WHERE sku = ANY (?) AND (?::text IS NULL OR warehouse = ?)
                    ORDER BY sku, warehouse""");
            statement.setArray(1, connection.createArrayOf("text", skus.toArray()));
            statement.setString(2, warehouse);
            statement.setString(3, warehouse);
            return statement;
        }, StockLedger::level);
    }

    /** Those of {@code skus} that inventory knows: with parameters or with a stock position. */
    public Set<String> known(Collection<String> skus) {
        return new HashSet<>(jdbc.query(connection -> {
            var statement = connection.prepareStatement("""
                    SELECT sku FROM sku WHERE sku = ANY (?)
                    UNION SELECT sku FROM stock_position WHERE sku = ANY (?)""");
            var array = connection.createArrayOf("text", skus.toArray());
            statement.setArray(1, array);
            statement.setArray(2, array);
            return statement;
        }, (rs, row) -> rs.getString(1)));
    }

    public List<StockLevel> positions(String warehouse, int limit) {
        if (warehouse == null) {
            return jdbc.query("SELECT * FROM stock_position ORDER BY sku, warehouse LIMIT ?", StockLedger::level,
                    limit);
        }
        return jdbc.query("SELECT * FROM stock_position WHERE warehouse = ? ORDER BY sku LIMIT ?", StockLedger::level,
                warehouse, limit);
    }

    /** The positions of {@code skus} in a warehouse, by SKU. */
    public Map<String, StockLevel> positionsIn(String warehouse, Collection<String> skus) {
        Map<String, StockLevel> bySku = new TreeMap<>();
        jdbc.query(connection -> {
            var statement = connection.prepareStatement(
                    "SELECT * FROM stock_position WHERE warehouse = ? AND sku = ANY (?)");
            statement.setString(1, warehouse);
            statement.setArray(2, connection.createArrayOf("text", skus.toArray()));
            return statement;
        }, (RowCallbackHandler) rs -> {
            StockLevel level = level(rs, 0);
            bySku.put(level.sku(), level);
        });
        return bySku;
    }

    /**
     * Changes on hand and reserved of a locked position by the given amounts and records the movement; the caller
     * has checked that neither goes negative.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Movement move(StockLevel level, MovementKind kind, long quantity, long onHandDelta, long reservedDelta,
            String reference, UUID eventId, String idempotencyKey) {
        long onHand = level.onHand() + onHandDelta;
        long reserved = level.reserved() + reservedDelta;
        jdbc.update("""
                UPDATE stock_position SET on_hand = ?, reserved = ?, updated_at = ? WHERE sku = ? AND warehouse = ?""",
                onHand, reserved, Timestamp.from(clock.instant()), level.sku(), level.warehouse());
        Long id = jdbc.queryForObject("""
                INSERT INTO stock_movement (sku, warehouse, kind, quantity, on_hand_after, reserved_after, reference,
                    event_id, idempotency_key, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""", Long.class,
                level.sku(), level.warehouse(), kind.name(), quantity, onHand, reserved, reference, eventId,
                idempotencyKey, Timestamp.from(clock.instant()));
        return new Movement(id, level.sku(), level.warehouse(), kind, quantity, onHand, reserved, reference);
    }

    /**
     * Adds received units to a locked position; customers waiting on backorders are served first. Returns the
     * position as it is afterwards.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public StockLevel receive(StockLevel level, long quantity, String reference, UUID eventId) {
        Movement receipt = move(level, MovementKind.RECEIPT, quantity, quantity, 0, reference, eventId, null);
        long served = Math.min(level.backordered(), quantity);
        if (served == 0) {
            return after(level, receipt, level.backordered());
        }
        StockLevel received = after(level, receipt, level.backordered());
        Movement shipped = move(received, MovementKind.BACKORDER_SHIPPED, served, -served, 0, reference, eventId,
                null);
        backorder(received, -served);
        return after(received, shipped, level.backordered() - served);
    }

    /** The position after a movement (and a new backorder count). */
    public static StockLevel after(StockLevel level, Movement movement, long backordered) {
        return new StockLevel(level.sku(), level.warehouse(), movement.onHandAfter(), level.onOrder(),
                movement.reservedAfter(), backordered, level.updatedAt());
    }

    /** Changes a locked position's backorders by {@code delta}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void backorder(StockLevel level, long delta) {
        jdbc.update("UPDATE stock_position SET backordered = backordered + ? WHERE sku = ? AND warehouse = ?",
                delta, level.sku(), level.warehouse());
    }

    /** Changes a position's units on order by {@code delta}, never below zero (a receipt may bring more). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changeOnOrder(Key key, long delta) {
        open(List.of(key));
        jdbc.update("""
                UPDATE stock_position SET on_order = greatest(0, on_order + ?), updated_at = ?
                WHERE sku = ? AND warehouse = ?""",
                delta, Timestamp.from(clock.instant()), key.sku(), key.warehouse());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void recordShortfall(Key key, long quantity, ShortfallReason reason, String reference, UUID eventId) {
        jdbc.update("""
                INSERT INTO shortfall (sku, warehouse, quantity, reason, reference, event_id, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""",
                key.sku(), key.warehouse(), quantity, reason.name(), reference, eventId,
                Timestamp.from(clock.instant()));
    }

    public List<Shortfall> shortfallsOf(String sku, int limit) {
        return jdbc.query("SELECT * FROM shortfall WHERE sku = ? ORDER BY id DESC LIMIT ?", (rs, row) -> new Shortfall(
                rs.getString("sku"), rs.getString("warehouse"), rs.getLong("quantity"),
                ShortfallReason.valueOf(rs.getString("reason")), rs.getString("reference"),
                rs.getTimestamp("recorded_at").toInstant()), sku, limit);
    }

    /** The movements recorded under an API idempotency key, in order. */
    public List<Movement> movementsWithKey(String idempotencyKey) {
        return jdbc.query("SELECT * FROM stock_movement WHERE idempotency_key = ? ORDER BY id",
                (rs, row) -> new Movement(rs.getLong("id"), rs.getString("sku"), rs.getString("warehouse"),
                        MovementKind.valueOf(rs.getString("kind")), rs.getLong("quantity"), rs.getLong("on_hand_after"),
                        rs.getLong("reserved_after"), rs.getString("reference")), idempotencyKey);
    }

    private Optional<StockLevel> find(Key key, boolean forUpdate) {
        String sql = "SELECT * FROM stock_position WHERE sku = ? AND warehouse = ?" + (forUpdate ? " FOR UPDATE" : "");
        return jdbc.query(sql, StockLedger::level, key.sku(), key.warehouse()).stream().findFirst();
    }

    private static StockLevel level(ResultSet rs, int row) throws SQLException {
        return new StockLevel(rs.getString("sku"), rs.getString("warehouse"), rs.getLong("on_hand"),
                rs.getLong("on_order"), rs.getLong("reserved"), rs.getLong("backordered"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
