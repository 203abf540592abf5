package io.shopmind.pricing.history;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.shopmind.pricing.book.PriceBook;
import io.shopmind.pricing.book.PriceBookEntry;
import io.shopmind.pricing.book.PriceBookStore;
import io.shopmind.pricing.book.PriceChange;
import io.shopmind.pricing.competitor.CompetitorPrices;
import io.shopmind.pricing.competitor.Observation;
import io.shopmind.model.problem.FieldError;
import io.shopmind.servicesupport.problem.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/pricing/skus/{sku}/history}: our price changes and the competitor observations beside them. */
@RestController
public class PriceHistoryController {

    private final PriceBook book;
    private final PriceBookStore store;
    private final CompetitorPrices competitors;
    private final Clock clock;

    public PriceHistoryController(PriceBook book, PriceBookStore store, CompetitorPrices competitors, Clock clock) {
        this.book = book;
        this.store = store;
        this.competitors = competitors;
        this.clock = clock;
    }

    @Operation(summary = "A SKU's price changes and competitor prices (flagged ones marked) between two instants; "
            + "the last 90 days by default")
    @GetMapping("/api/v1/pricing/skus/{sku}/history")
    public PriceHistory history(@PathVariable String sku,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(defaultValue = "500") @Min(1) @Max(5000) int limit) {
        PriceBookEntry entry = book.get(sku);
        Instant end = to == null ? clock.instant() : to;
        Instant start = from == null ? end.minus(90, ChronoUnit.DAYS) : from;
        if (start.isAfter(end)) {
            throw new InvalidInputException("The period is empty.", List.of(new FieldError("from", "is after to")));
        }
        List<PriceHistory.Change> changes = store.changes(sku, start, end, limit).stream()
                .filter(c -> c.oldPrice() == null || c.oldPrice().compareTo(c.newPrice()) != 0)
                .map(PriceHistory.Change::of).toList();
        return new PriceHistory(sku, entry.currency(), entry.price(), start, end, changes,
                competitors.history(sku, start, end, limit));
    }

    /** Our prices over the period (changes of the selling price only) and every competitor observation in it. */
    public record PriceHistory(String sku, String currency,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal currentPrice, Instant from, Instant to,
            List<Change> prices, List<Observation> competitors) {

        public record Change(Instant at, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal oldPrice,
                @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal newPrice, String actor, String reason) {

            static Change of(PriceChange change) {
                return new Change(change.changedAt(), change.oldPrice(), change.newPrice(), change.actor(),
                        change.reason());
            }
        }
    }
}
