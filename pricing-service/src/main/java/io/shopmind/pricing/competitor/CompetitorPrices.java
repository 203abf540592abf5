package io.shopmind.pricing.competitor;

import io.shopmind.pricing.book.PriceBookEntry;
import io.shopmind.pricing.book.PriceBookStore;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Stores competitor observations, each checked on the way in: no price, a non-positive price or a currency other
 * than the SKU's make it {@code UNUSABLE}; a price more than {@link CompetitorProperties#outlierRatio()} times off
 * the market (the median of the other competitors' fresh prices when there are three or more, else the SKU's own
 * price) makes it an {@code OUTLIER}. Nothing is dropped: flagged rows stay visible beside the usable ones.
 */
@Component
public class CompetitorPrices {

    private final JdbcTemplate jdbc;
    private final PriceBookStore book;
    private final CompetitorProperties properties;
    private final Clock clock;

    public CompetitorPrices(JdbcTemplate jdbc, PriceBookStore book, CompetitorProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.book = book;
        this.properties = properties;
        this.clock = clock;
    }

    /** An observation as it arrives, before checking. */
    public record Incoming(String sku, String competitor, BigDecimal price, String currency, Boolean inStock,
            Instant observedAt, String source, UUID eventId) {
    }

    /** Checks and stores observations; returns how many were flagged. */
    public int record(List<Incoming> observations) {
        Map<String, PriceBookEntry> entries = new HashMap<>();
        for (PriceBookEntry entry : book.findAll(observations.stream().map(Incoming::sku).distinct().toList())) {
            entries.put(entry.sku(), entry);
        }
        Map<String, List<Observation>> fresh = current(observations.stream().map(Incoming::sku).distinct().toList());
        List<Object[]> rows = new ArrayList<>(observations.size());
        int flagged = 0;
        for (Incoming o : observations) {
            String[] flag = check(o, entries.get(o.sku()), fresh.getOrDefault(o.sku(), List.of()));
            flagged += flag == null ? 0 : 1;
            rows.add(new Object[] {o.sku(), o.competitor(), o.price(), o.currency(), o.inStock(),
                    Timestamp.from(o.observedAt()), o.source(), o.eventId(), flag == null ? null : flag[0],
                    flag == null ? null : flag[1]});
        }
        jdbc.batchUpdate("""
                INSERT INTO competitor_price (sku, competitor, price, currency, in_stock, observed_at, source, event_id,
                    flag, flag_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        return flagged;
    }

    private String[] check(Incoming o, PriceBookEntry entry, List<Observation> fresh) {
        if (o.price() == null) {
            return new String[] {"UNUSABLE", "no price"};
        }
        if (o.price().signum() <= 0) {
            return new String[] {"UNUSABLE", "price " + o.price().toPlainString() + " is not positive"};
        }
        if (entry != null && o.currency() != null && !o.currency().equals(entry.currency())) {
            return new String[] {"UNUSABLE", "currency " + o.currency() + ", the SKU is priced in " + entry.currency()};
        }
        double[] others = fresh.stream().filter(f -> !f.competitor().equals(o.competitor()))
                .mapToDouble(f -> f.price().doubleValue()).sorted().toArray();
        double reference;
        String what;
        if (others.length >= 3) {
            reference = others.length % 2 == 1 ? others[others.length / 2]
                    : (others[others.length / 2 - 1] + others[others.length / 2]) / 2;
            what = "the median of " + others.length + " other competitors";
        } else if (entry != null) {
            reference = entry.price().doubleValue();
            what = "our price";
        } else {
            return null;
        }
        double ratio = o.price().doubleValue() / reference;
        if (ratio > properties.outlierRatio() || ratio < 1 / properties.outlierRatio()) {
            return new String[] {"OUTLIER", String.format(java.util.Locale.ROOT, "%.2f times %s (%.2f)", ratio, what,
                    reference)};
        }
        return null;
    }

    /**
     * Each competitor's latest usable observation per SKU, if fresh (observed within
     * {@link CompetitorProperties#staleAfter()}).
     */
    public Map<String, List<Observation>> current(Collection<String> skus) {
        Instant freshSince = clock.instant().minus(properties.staleAfter());
        Map<String, List<Observation>> bySku = new LinkedHashMap<>();
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("""
                    SELECT DISTINCT ON (sku, competitor) * FROM competitor_price
                    WHERE sku = ANY (?) AND flag IS NULL AND observed_at >= ?
                    ORDER BY sku, competitor, observed_at DESC, id DESC""");
            statement.setArray(1, connection.createArrayOf("text", skus.toArray()));
            statement.setTimestamp(2, Timestamp.from(freshSince));
            return statement;
        }, rs -> {
            Observation o = observation(rs);
            bySku.computeIfAbsent(o.sku(), s -> new ArrayList<>()).add(o);
        });
        return bySku;
    }

    /** Every observation of a SKU between two instants, flagged ones included, newest first. */
    public List<Observation> history(String sku, Instant from, Instant to, int limit) {
        return jdbc.query("""
                SELECT * FROM competitor_price WHERE sku = ? AND observed_at >= ? AND observed_at <= ?
                ORDER BY observed_at DESC, id DESC LIMIT ?""", (rs, row) -> observation(rs), sku,
                Timestamp.from(from), Timestamp.from(to), limit);
    }

    private static Observation observation(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Observation(rs.getLong("id"), rs.getString("sku"), rs.getString("competitor"),
                io.shopmind.pricing.book.Amounts.normalize(rs.getBigDecimal("price")), rs.getString("currency"),
                (Boolean) rs.getObject("in_stock"), rs.getTimestamp("observed_at").toInstant(), rs.getString("source"),
                rs.getObject("event_id", UUID.class), rs.getString("flag"), rs.getString("flag_reason"));
    }
}
