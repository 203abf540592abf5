package io.shopmind.pricing.book;

import io.shopmind.model.problem.FieldError;
import io.shopmind.pricing.csv.CsvFile;
import io.shopmind.pricing.guardrail.PriceEnding;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk import of the price book from CSV:
 * {@code sku,currency,list_price,price[,unit_cost][,map_price][,floor_price][,ceiling_price][,min_margin]
 * [,price_ending][,category]}. Every row passes the same checks as the API; any problem fails the whole file, with
 * each problem's line, and nothing is applied.
 */
@Component
public class PriceBookImport {

    public static final long MAX_ROWS = 200_000;
    private static final Set<String> REQUIRED = Set.of("sku", "currency", "list_price", "price");
    private static final Set<String> OPTIONAL = Set.of("unit_cost", "map_price", "floor_price", "ceiling_price",
            "min_margin", "price_ending", "category");

    private final PriceBook book;
    private final Validator validator;
    private final Clock clock;

    public PriceBookImport(PriceBook book, Validator validator, Clock clock) {
        this.book = book;
        this.validator = validator;
        this.clock = clock;
    }

    /** Imports the file in one transaction; returns how many entries it created or changed. */
    @Transactional
    public ImportReceipt importCsv(InputStream body, String actor, String reason) throws IOException {
        Map<String, PriceBookRequest> entries = new LinkedHashMap<>();
        CsvFile.read(body, REQUIRED, OPTIONAL, MAX_ROWS, row -> {
            String sku = row.required("sku");
            PriceEnding ending = null;
            String endingText = row.text("price_ending");
            if (endingText != null) {
                try {
                    ending = PriceEnding.valueOf(endingText.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    row.problem("price_ending", "'" + endingText + "' is not one of " + List.of(PriceEnding.values()));
                }
            }
            PriceBookRequest request = new PriceBookRequest(row.required("currency"), row.decimal("list_price"),
                    row.decimal("price"), row.decimal("unit_cost"), row.decimal("map_price"),
                    row.decimal("floor_price"), row.decimal("ceiling_price"), row.number("min_margin"), ending,
                    row.text("category"), reason);
            if (!row.valid()) {
                return;
            }
            for (ConstraintViolation<PriceBookRequest> violation : validator.validate(request)) {
                row.problem(column(violation.getPropertyPath().toString()), violation.getMessage());
            }
            for (FieldError error : PriceBookRules.problems(sku, request)) {
                row.problem(column(error.field()), error.message());
            }
            if (row.valid() && entries.put(sku, request) != null) {
                row.problem("sku", sku + " appears twice in the file");
            }
        });
        int changed = book.applyAll(entries, actor, clock.instant());
        return new ImportReceipt(entries.size(), changed, entries.size() - changed);
    }

    private static String column(String property) {
        return property.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
    }

    /** @param unchanged rows equal to what the price book already held */
    public record ImportReceipt(int rows, int changed, int unchanged) {
    }
}
