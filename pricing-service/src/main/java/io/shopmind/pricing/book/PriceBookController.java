package io.shopmind.pricing.book;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/pricing/book}: the price book as ops edit it, with its audit trail and CSV import. */
@RestController
@RequestMapping("/api/v1/pricing/book")
public class PriceBookController {

    private final PriceBook book;
    private final PriceBookStore store;
    private final PriceBookImport importer;

    public PriceBookController(PriceBook book, PriceBookStore store, PriceBookImport importer) {
        this.book = book;
        this.store = store;
        this.importer = importer;
    }

    @Operation(summary = "Create or replace a SKU's price book entry (audited; a price change emits PriceChanged)")
    @PutMapping("/{sku}")
    public PriceBookEntry put(@PathVariable String sku, @Valid @RequestBody PriceBookRequest request,
            @RequestHeader(name = Actor.HEADER, required = false) String actor) {
        return book.put(sku, request, Actor.of(actor));
    }

    @Operation(summary = "A SKU's price book entry")
    @GetMapping("/{sku}")
    public PriceBookEntry get(@PathVariable String sku) {
        return book.get(sku);
    }

    @Operation(summary = "Price book entries in SKU order, after a SKU (for paging), optionally of one category")
    @GetMapping
    public List<PriceBookEntry> list(
            @RequestParam(required = false) @Size(max = 64) @Pattern(regexp = PriceBookRules.SKU_PATTERN) String after,
            @RequestParam(required = false) @Size(max = 64) String category,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return store.page(after, category, limit);
    }

    @Operation(summary = "A SKU's audit trail: who changed what, when and why, newest first")
    @GetMapping("/{sku}/changes")
    public List<PriceChange> changes(@PathVariable String sku,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return store.changes(sku, limit);
    }

    @Operation(summary = "Import the price book from CSV: sku,currency,list_price,price[,unit_cost][,map_price]"
            + "[,floor_price][,ceiling_price][,min_margin][,price_ending][,category]; all rows or none")
    @PostMapping(path = "/imports", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE,
            MediaType.APPLICATION_OCTET_STREAM_VALUE})
    public PriceBookImport.ImportReceipt importCsv(HttpServletRequest request,
            @RequestParam(defaultValue = "price book import") @Size(min = 1, max = 500) String reason,
            @RequestHeader(name = Actor.HEADER, required = false) String actor) throws IOException {
        try (InputStream body = request.getInputStream()) {
            return importer.importCsv(body, Actor.of(actor), reason);
        }
    }
}
