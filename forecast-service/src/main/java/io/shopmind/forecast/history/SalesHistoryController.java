package io.shopmind.forecast.history;

import io.shopmind.forecast.ForecastProperties;
import io.shopmind.forecast.api.HistoryBatch;
import io.shopmind.forecast.api.ImportReceipt;
import io.shopmind.forecast.api.SeriesPage;
import io.shopmind.model.forecast.SalesHistory;
import io.shopmind.model.forecast.SalesHistoryQuery;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code /api/v1/forecasts}: sales history in (CSV import, JSON batches) and out. */
@RestController
public class SalesHistoryController {

    private final SalesImporter importer;
    private final SalesHistoryStore store;
    private final ForecastProperties properties;

    public SalesHistoryController(SalesImporter importer, SalesHistoryStore store, ForecastProperties properties) {
        this.importer = importer;
        this.store = store;
        this.properties = properties;
    }

    @Operation(summary = "Import sales in the long format unique_id,ds,y[,price][,promo] (CSV body)")
    @PostMapping(path = "/api/v1/forecasts/imports", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE,
            MediaType.APPLICATION_OCTET_STREAM_VALUE})
    public ImportReceipt importCsv(HttpServletRequest request,
            @RequestParam(defaultValue = "daily") String frequency,
            @RequestParam(required = false) @Min(1) @Max(400) Integer seasonLength,
            @RequestParam(defaultValue = "zero") String fillMissing) throws IOException {
        ImportOptions options = options(frequency, seasonLength, fillMissing);
        try (InputStream body = request.getInputStream()) {
            return importer.importCsv(body, options);
        }
    }

    @Operation(summary = "Import sales in the long format unique_id,ds,y[,price][,promo] (multipart part 'file')")
    @PostMapping(path = "/api/v1/forecasts/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ImportReceipt importFile(@RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "daily") String frequency,
            @RequestParam(required = false) @Min(1) @Max(400) Integer seasonLength,
            @RequestParam(defaultValue = "zero") String fillMissing) throws IOException {
        ImportOptions options = options(frequency, seasonLength, fillMissing);
        try (InputStream body = file.getInputStream()) {
            return importer.importCsv(body, options);
        }
    }

    @Operation(summary = "Store a small batch of one series' sales")
    @PostMapping("/api/v1/forecasts/series/{id}/history")
    public SalesHistory storeHistory(@PathVariable String id, @Valid @RequestBody HistoryBatch batch) {
        return store.store(id, batch);
    }

    @Operation(summary = "A series' sales history, optionally between two dates")
    @GetMapping("/api/v1/forecasts/series/{id}/history")
    public SalesHistory history(@PathVariable String id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return store.history(id, from, to);
    }

    @Operation(summary = "Many series' sales histories in one call (up to 500 series), from a date on; series not "
            + "held are left out")
    @PostMapping("/api/v1/forecasts/history/query")
    public List<SalesHistory> histories(@Valid @RequestBody SalesHistoryQuery query) {
        return store.histories(query.seriesIds(), query.from());
    }

    @Operation(summary = "The series, with the model and backtest accuracy of their latest forecast")
    @GetMapping("/api/v1/forecasts/series")
    public SeriesPage series(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return store.page(page, size);
    }

    private ImportOptions options(String frequency, Integer seasonLength, String fillMissing) {
        Frequency parsed = Frequency.of(frequency);
        boolean fill = switch (fillMissing.toLowerCase(Locale.ROOT)) {
            case "zero" -> true;
            case "none" -> false;
            default -> throw new IllegalArgumentException("fillMissing must be zero or none, got '" + fillMissing + "'");
        };
        return new ImportOptions(parsed, seasonLength != null ? seasonLength : properties.seasonFor(parsed), fill);
    }
}
