package io.shopmind.recommendation.ingest;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/recommendations/interactions/invalid}: interactions that earlier versions stored although today's
 * import refuses them (a weight that is not finite or beyond {@value InteractionImport#MAX_WEIGHT}, ids longer than
 * {@value InteractionImport#MAX_ID} characters or with control characters, a time outside 1970&ndash;2200). One such
 * row can make every training job fail; here ops can list them and remove them.
 */
@RestController
public class InvalidInteractions {

    /** @param reason which rule the row breaks */
    public record InvalidInteraction(String customerId, String sessionId, String sku, String kind,
            String weight, Instant occurredAt, String reason) {
    }

    /** @param total how many rows break a rule; {@code items} lists the first of them */
    public record InvalidPage(long total, List<InvalidInteraction> items) {
    }

    /** @param deleted how many rows were removed */
    public record Removed(long deleted) {
    }

    private static final String REASON = """
            CASE WHEN NOT (weight > 0 AND weight <= %s) THEN 'weight ' || weight::text || ' is not in (0, %s]'
                 WHEN length(coalesce(customer_id, '')) > %d OR length(coalesce(session_id, '')) > %d
                      OR length(sku) > %d THEN 'an id is longer than %d characters'
                 WHEN coalesce(customer_id, '') || coalesce(session_id, '') || sku ~ '[\\x01-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f]'
                      THEN 'an id contains control characters'
                 WHEN occurred_at < '1970-01-01' OR occurred_at >= '2200-01-01' THEN 'occurred_at is outside 1970-2200'
            END""".formatted((long) InteractionImport.MAX_WEIGHT, (long) InteractionImport.MAX_WEIGHT,
            InteractionImport.MAX_ID, InteractionImport.MAX_ID, InteractionImport.MAX_ID, InteractionImport.MAX_ID);

    private final JdbcTemplate jdbc;

    public InvalidInteractions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Operation(summary = "Stored interactions that break today's rules, with the rule each breaks")
    @GetMapping("/api/v1/recommendations/interactions/invalid")
    @Transactional(readOnly = true)
    public InvalidPage list(@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        long total = jdbc.queryForObject("SELECT count(*) FROM interaction WHERE (" + REASON + ") IS NOT NULL",
                Long.class);
        List<InvalidInteraction> items = jdbc.query("""
                SELECT left(customer_id, 200) AS customer_id, left(session_id, 200) AS session_id,
                       left(sku, 200) AS sku, kind, weight::text AS weight, occurred_at, reason
                FROM (SELECT *, %s AS reason FROM interaction) checked
                WHERE reason IS NOT NULL ORDER BY occurred_at, sku LIMIT ?""".formatted(REASON),
                (rs, row) -> new InvalidInteraction(rs.getString("customer_id"),
                        rs.getString("session_id"), rs.getString("sku"), rs.getString("kind"), rs.getString("weight"),
                        rs.getTimestamp("occurred_at").toInstant(), rs.getString("reason")), limit);
        return new InvalidPage(total, items);
    }

    @Operation(summary = "Remove every stored interaction that breaks today's rules")
    @DeleteMapping("/api/v1/recommendations/interactions/invalid")
    @Transactional
    public Removed remove() {
        return new Removed(jdbc.update("DELETE FROM interaction WHERE (" + REASON + ") IS NOT NULL"));
    }
}
