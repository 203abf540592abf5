package io.shopmind.inventory.stock;

import io.shopmind.inventory.InventoryProperties;
import io.shopmind.model.problem.FieldError;
import io.shopmind.servicesupport.problem.ConflictException;
import io.shopmind.servicesupport.problem.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies movement requests from the API exactly once per idempotency key, all lines or none: an unknown SKU is a
 * 400 problem naming the line, stock that would go negative a 409, and either leaves every position as it was.
 */
@Service
public class StockMovements {

    private final StockLedger ledger;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final String defaultWarehouse;

    public StockMovements(StockLedger ledger, JdbcTemplate jdbc, JsonMapper json, Clock clock,
            InventoryProperties properties) {
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.defaultWarehouse = properties.defaultWarehouse();
    }

    @Transactional
    public MovementReceipt apply(String idempotencyKey, MovementRequest request) {
        // one request per key at a time: a concurrent repeat waits here and then replays
        jdbc.queryForObject("SELECT pg_advisory_xact_lock(hashtext(?))::text", String.class, idempotencyKey);
        String hash = hash(request);
        List<String> seen = jdbc.queryForList("SELECT request_hash FROM movement_request WHERE idempotency_key = ?",
                String.class, idempotencyKey);
        if (!seen.isEmpty()) {
            if (!seen.get(0).equals(hash)) {
                throw new ConflictException("Idempotency-Key " + idempotencyKey + " was used for a different request.");
            }
            return new MovementReceipt(idempotencyKey, true, ledger.movementsWithKey(idempotencyKey));
        }
        List<FieldError> errors = new ArrayList<>();
        Set<StockLedger.Key> keys = new LinkedHashSet<>();
        for (int i = 0; i < request.lines().size(); i++) {
            MovementRequest.Line line = request.lines().get(i);
            check(line, "lines[" + i + "]", errors);
            keys.add(key(line));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The movements have invalid lines; none was applied.", errors);
        }
        ledger.open(keys);
        Map<StockLedger.Key, StockLevel> levels = ledger.lock(keys);
        List<StockLedger.Movement> movements = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            MovementRequest.Line line = request.lines().get(i);
            StockLedger.Key key = key(line);
            StockLevel level = levels.get(key);
            StockLedger.Movement movement = move(level, line, i, idempotencyKey);
            levels.put(key, new StockLevel(key.sku(), key.warehouse(), movement.onHandAfter(), level.onOrder(),
                    movement.reservedAfter(), level.backordered(), level.updatedAt()));
            movements.add(movement);
        }
        jdbc.update("INSERT INTO movement_request (idempotency_key, request_hash, recorded_at) VALUES (?, ?, ?)",
                idempotencyKey, hash, Timestamp.from(clock.instant()));
        return new MovementReceipt(idempotencyKey, false, movements);
    }

    private void check(MovementRequest.Line line, String path, List<FieldError> errors) {
        if (!line.kind().allowedFromApi()) {
            errors.add(new FieldError(path + ".kind", line.kind() + " comes from events only"));
        }
        boolean signed = line.kind() == MovementKind.ADJUSTMENT || line.kind() == MovementKind.RESERVATION;
        if (signed ? line.quantity() == 0 : line.quantity() <= 0) {
            errors.add(new FieldError(path + ".quantity", signed ? "must not be zero" : "must be positive"));
        }
        if (!ledger.knows(line.sku())) {
            errors.add(new FieldError(path + ".sku", "unknown SKU " + line.sku()));
        }
    }

    private StockLedger.Movement move(StockLevel level, MovementRequest.Line line, int index, String key) {
        long q = line.quantity();
        String where = "line " + index + ": " + line.sku() + " in " + level.warehouse();
        return switch (line.kind()) {
            case RECEIPT -> ledger.move(level, MovementKind.RECEIPT, q, q, 0, line.reason(), null, key);
            case ISSUE, ADJUSTMENT -> {
                long delta = line.kind() == MovementKind.ISSUE ? -q : q;
                if (level.onHand() + delta < 0) {
                    throw new ConflictException("Stock would go negative (" + where + " has " + level.onHand()
                            + " on hand, the movement takes " + -delta + "); nothing was applied.");
                }
                yield ledger.move(level, line.kind(), q, delta, 0, line.reason(), null, key);
            }
            case RESERVATION -> {
                if (level.reserved() + q < 0 || level.reserved() + q > level.onHand()) {
                    throw new ConflictException("Reservation out of range (" + where + " has " + level.onHand()
                            + " on hand, " + level.reserved() + " reserved); nothing was applied.");
                }
                yield ledger.move(level, MovementKind.RESERVATION, q, 0, q, line.reason(), null, key);
            }
            default -> throw new IllegalStateException("checked before: " + line.kind());
        };
    }

    private StockLedger.Key key(MovementRequest.Line line) {
        return new StockLedger.Key(line.sku(), line.warehouse() == null ? defaultWarehouse : line.warehouse());
    }

    private String hash(MovementRequest request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
