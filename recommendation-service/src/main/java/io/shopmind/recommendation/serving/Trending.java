package io.shopmind.recommendation.serving;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What is popular now, overall and per category, from every interaction (anonymous visits included) with
 * exponential decay: an interaction counts {@code w · 2^(−age / halfLife)}, its age measured from the newest
 * interaction so imported history trends too. Recomputed in the background every {@code trendingRefresh}.
 */
@Component
public class Trending {

    private static final int OVERALL = 500;
    private static final int PER_CATEGORY = 100;

    /** A trending sku and its decayed weight. */
    public record Entry(String sku, double score) {
    }

    private record Snapshot(List<Entry> overall, Map<String, List<Entry>> byCategory, long at) {
    }

    private final JdbcTemplate jdbc;
    private final ServingProperties properties;
    private volatile Snapshot snapshot;

    public Trending(JdbcTemplate jdbc, ServingProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    public List<Entry> overall() {
        return current().overall();
    }

    public List<Entry> inCategory(String category) {
        return current().byCategory().getOrDefault(category, List.of());
    }

    private Snapshot current() {
        Snapshot current = snapshot;
        // an empty shop may fill at any moment: look again after a second
        long maxAge = current != null && current.overall().isEmpty() ? 1000 : properties.trendingRefresh().toMillis();
        if (current == null || System.currentTimeMillis() - current.at() > maxAge) {
            synchronized (this) {
                if (snapshot == current) {
                    snapshot = compute();
                }
                current = snapshot;
            }
        }
        return current;
    }

    private Snapshot compute() {
        double halfLife = properties.trendingHalfLife().toSeconds();
        // eight half-lives back: older interactions weigh under 0.4 %
        String scored = """
                WITH newest AS (SELECT max(occurred_at) AS t FROM interaction)
                SELECT i.sku, sum(i.weight * exp(-ln(2) * extract(epoch FROM newest.t - i.occurred_at) / ?)) AS score
                FROM interaction i, newest
                WHERE i.occurred_at >= newest.t - make_interval(secs => ? * 8)
                GROUP BY i.sku""";
        List<Entry> overall = jdbc.query(scored + " ORDER BY score DESC, sku LIMIT ?",
                (rs, row) -> new Entry(rs.getString(1), rs.getDouble(2)), halfLife, halfLife, OVERALL);
        Map<String, List<Entry>> byCategory = new HashMap<>();
        jdbc.query("""
                SELECT category, sku, score FROM (
                    SELECT c.category, s.sku, s.score,
                        row_number() OVER (PARTITION BY c.category ORDER BY s.score DESC, s.sku) AS rank
                    FROM (%s) s JOIN catalog_item c ON c.sku = s.sku
                    WHERE c.active AND c.category IS NOT NULL) ranked
                WHERE rank <= ? ORDER BY category, rank""".formatted(scored),
                rs -> {
                    byCategory.computeIfAbsent(rs.getString(1), c -> new ArrayList<>())
                            .add(new Entry(rs.getString(2), rs.getDouble(3)));
                }, halfLife, halfLife, PER_CATEGORY);
        return new Snapshot(List.copyOf(overall), Map.copyOf(byCategory), System.currentTimeMillis());
    }
}
