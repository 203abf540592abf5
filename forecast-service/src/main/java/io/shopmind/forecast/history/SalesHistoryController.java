package io.shopmind.forecast.history;

import io.shopmind.forecast.ForecastProperties;
import io.shopmind.forecast.api.HistoryBatch;
import io.shopmind.forecast.api.SeriesPage;
import io.shopmind.model.forecast.SalesHistory;
import io.shopmind.servicesupport.job.JobController;
import io.shopmind.servicesupport.job.JobQueue;
import io.shopmind.servicesupport.job.JobView;
import io.shopmind.servicesupport.job.Uploads;
import io.shopmind.model.problem.FieldError;
import io.shopmind.servicesupport.problem.InvalidInputException;
import io.shopmind.model.forecast.SalesHistoryQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/** {@code /api/v1/forecasts}: sales history in (CSV import, JSON batches) and out. */
@RestController
public class SalesHistoryController {

    /** Longest series id: a SKU, or a SKU and a location. */
    public static final int MAX_ID = 200;
    private static final String FREQUENCIES = "(?i)daily|weekly|monthly";
    private static final String FREQUENCY_MESSAGE = "must be daily, weekly or monthly";
    private static final String FILLS = "(?i)zero|none";
    private static final String FILL_MESSAGE = "must be zero or none";

    private final Uploads uploads;
    private final JobQueue jobs;
    private final SalesHistoryStore store;
    private final ForecastProperties properties;

    public SalesHistoryController(Uploads uploads, JobQueue jobs, SalesHistoryStore store,
            ForecastProperties properties) {
        this.uploads = uploads;
        this.jobs = jobs;
        this.store = store;
        this.properties = properties;
    }

    @Operation(summary = "Import sales in the long format unique_id,ds,y[,price][,promo]",
            description = "The file as the body (text/csv) or as the form part 'file' (multipart/form-data). 202 with "
                    + "the import's job; its summary is the receipt (rows, series, changed, filled). One transaction: "
                    + "a bad line fails the job with its number (problem.line) and writes nothing.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
                    @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(type = "object",
                            requiredProperties = "file", description = "the CSV file as the part 'file'"))}))
    @PostMapping(path = "/api/v1/forecasts/imports", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE,
            MediaType.APPLICATION_OCTET_STREAM_VALUE, MediaType.MULTIPART_FORM_DATA_VALUE})
    public ResponseEntity<JobView> importSales(HttpServletRequest request,
            @RequestParam(defaultValue = "daily") @Pattern(regexp = FREQUENCIES, message = FREQUENCY_MESSAGE)
            String frequency,
            @RequestParam(required = false) @Min(1) @Max(400) Integer seasonLength,
            @RequestParam(defaultValue = "zero") @Pattern(regexp = FILLS, message = FILL_MESSAGE) String fillMissing)
            throws IOException {
        MultipartHttpServletRequest form = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (form != null) {
            MultipartFile file = form.getFile("file");
            if (file == null) {
                throw new InvalidInputException("The form has no file.",
                        List.of(new FieldError("file", "send the CSV file as the form part 'file'")));
            }
            try (InputStream body = file.getInputStream()) {
                return queueImport(body, frequency, seasonLength, fillMissing);
            }
        }
        try (InputStream body = request.getInputStream()) {
            return queueImport(body, frequency, seasonLength, fillMissing);
        }
    }

    /** The upload goes to a file first, so no database connection waits on a slow client; a job imports it. */
    private ResponseEntity<JobView> queueImport(InputStream body, String frequency, Integer seasonLength,
            String fillMissing) throws IOException {
        ImportOptions options = options(frequency, seasonLength, fillMissing);
        Path file = uploads.save(body, ".csv");
        return JobController.accepted("forecasts", jobs.submitHere(SalesImportJob.KIND, new SalesImportJob.Parameters(
                file.toString(), options.frequency().label(), options.seasonalPeriod(), options.fillMissing())));
    }

    @Operation(summary = "Store a small batch of one series' sales")
    @PostMapping("/api/v1/forecasts/series/{id}/history")
    public SalesHistory storeHistory(@PathVariable @Size(min = 1, max = MAX_ID) String id, @Valid @RequestBody HistoryBatch batch) {
        return store.store(id, batch);
    }

    @Operation(summary = "A series' sales history, optionally between two dates")
    @GetMapping("/api/v1/forecasts/series/{id}/history")
    public SalesHistory history(@PathVariable @Size(min = 1, max = MAX_ID) String id,
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
    public SeriesPage series(@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return store.page(page, size);
    }

    private ImportOptions options(String frequency, Integer seasonLength, String fillMissing) {
        Frequency parsed = Frequency.of(frequency);
        boolean fill = switch (fillMissing.toLowerCase(Locale.ROOT)) {
            case "zero" -> true;
            case "none" -> false;
            default -> throw new IllegalStateException("fillMissing passed validation: " + fillMissing);
        };
        return new ImportOptions(parsed, seasonLength != null ? seasonLength : properties.seasonFor(parsed), fill);
    }
}
