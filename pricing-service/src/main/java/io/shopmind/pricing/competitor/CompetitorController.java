package io.shopmind.pricing.competitor;

import io.shopmind.pricing.book.PriceBookRules;
import io.shopmind.pricing.csv.CsvFile;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/pricing/competitors}: bulk import of competitor prices. */
@RestController
public class CompetitorController {

    public static final long MAX_ROWS = 500_000;
    private static final Set<String> REQUIRED = Set.of("sku", "competitor", "price", "currency");
    private static final Set<String> OPTIONAL = Set.of("in_stock", "observed_at");

    private final CompetitorPrices prices;
    private final Clock clock;

    public CompetitorController(CompetitorPrices prices, Clock clock) {
        this.prices = prices;
        this.clock = clock;
    }

    @Operation(summary = "Import competitor prices from CSV: sku,competitor,price,currency[,in_stock][,observed_at] "
            + "(ISO-8601 instant, now when empty); all rows or none. Outliers are stored flagged.")
    @PostMapping(path = "/api/v1/pricing/competitors/imports", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE,
            MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Transactional
    public Map<String, Integer> importCsv(HttpServletRequest request) throws IOException {
        Instant now = clock.instant();
        List<CompetitorPrices.Incoming> rows = new ArrayList<>();
        try (InputStream body = request.getInputStream()) {
            CsvFile.read(body, REQUIRED, OPTIONAL, MAX_ROWS, row -> {
                String sku = row.required("sku");
                if (sku != null && !sku.matches(PriceBookRules.SKU_PATTERN)) {
                    row.problem("sku", "must match " + PriceBookRules.SKU_PATTERN);
                }
                String competitor = row.required("competitor");
                if (competitor != null && competitor.length() > 128) {
                    row.problem("competitor", "at most 128 characters");
                }
                var price = row.decimal("price");
                if (price != null && (price.signum() <= 0 || price.compareTo(new java.math.BigDecimal("1000000000")) > 0)) {
                    row.problem("price", "must be positive and at most 1000000000");
                }
                String currency = row.required("currency");
                if (currency != null && !currency.matches("[A-Z]{3}")) {
                    row.problem("currency", "must be an ISO 4217 code such as EUR");
                }
                Instant observedAt = now;
                String at = row.text("observed_at");
                if (at != null) {
                    try {
                        observedAt = Instant.parse(at);
                    } catch (DateTimeParseException e) {
                        row.problem("observed_at", "'" + at + "' is not an ISO-8601 instant such as 2026-03-01T10:00:00Z");
                    }
                    if (observedAt.isAfter(now.plusSeconds(300))) {
                        row.problem("observed_at", "is in the future");
                    }
                }
                Boolean inStock = row.bool("in_stock");
                if (row.valid()) {
                    rows.add(new CompetitorPrices.Incoming(sku, competitor, price, currency, inStock, observedAt,
                            "import", null));
                }
            });
        }
        int flagged = prices.record(rows);
        return Map.of("rows", rows.size(), "flagged", flagged);
    }
}
