package io.shopmind.recommendation.ingest;

import io.shopmind.servicesupport.job.JobController;
import io.shopmind.servicesupport.job.JobQueue;
import io.shopmind.servicesupport.job.JobView;
import io.shopmind.servicesupport.job.Uploads;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/recommendations/imports}: bulk interaction files. */
@RestController
public class ImportController {

    private final Uploads uploads;
    private final JobQueue jobs;

    public ImportController(Uploads uploads, JobQueue jobs) {
        this.uploads = uploads;
        this.jobs = jobs;
    }

    @Operation(summary = "Import an interaction file",
            description = "format=csv: user_id,item_id,event_type,value,timestamp; format=movielens: u.data or "
                    + "ratings.dat; Content-Type text/csv, text/plain or none (a form's type is refused with 415, as "
                    + "its body would be read as form fields). 202 with the import's job: one transaction, a bad line fails "
                    + "the job with its number and imports nothing; importing the same file again changes nothing.")
    @PostMapping(path = "/api/v1/recommendations/imports", consumes = {"text/csv", "text/tab-separated-values",
            MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    public ResponseEntity<JobView> importFile(@RequestParam(defaultValue = "csv")
            @Pattern(regexp = "(?i)csv|movielens", message = "must be csv or movielens") String format, InputStream body)
            throws IOException {
        InteractionImport.Format parsed = InteractionImport.Format.valueOf(format.toUpperCase(Locale.ROOT));
        Path file = uploads.save(body, "." + parsed.name().toLowerCase(Locale.ROOT));
        return JobController.accepted("recommendations", jobs.submitHere(InteractionImportJob.KIND,
                new InteractionImportJob.Parameters(file.toString(), parsed)));
    }
}
