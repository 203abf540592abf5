package io.shopmind.supportbot.model;

import io.shopmind.servicesupport.job.JobController;
import io.shopmind.servicesupport.job.JobView;
import io.shopmind.servicesupport.problem.NotFoundException;
import io.shopmind.supportbot.entity.EntityExtractor;
import io.shopmind.supportbot.readmodel.Catalogue;
import io.shopmind.supportbot.understanding.IntentPrediction;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/support/models}: train the intent model on the current examples and read each version's report;
 * {@code /api/v1/support/understanding/parse}: what the serving model makes of a text (role {@code ops}).
 */
@RestController
@Validated
@RequestMapping("/api/v1/support")
class ModelController {

    record ParseRequest(@NotBlank @Size(max = 1_000) String text) {
    }

    record Parsed(int modelVersion, IntentPrediction intent, Object entities) {
    }

    private final IntentModels models;
    private final ModelRepository repository;
    private final Catalogue catalogue;
    private final Clock clock;

    ModelController(IntentModels models, ModelRepository repository, Catalogue catalogue, Clock clock) {
        this.models = models;
        this.repository = repository;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Operation(summary = "Train on every example (a job); the new version serves when it ends",
            description = "The job's result is the new version's report: validation scores and each intent's change.")
    @PostMapping("/models")
    ResponseEntity<JobView> train() {
        return JobController.accepted("support", models.retrain());
    }

    @Operation(summary = "The most recent versions' reports, newest first")
    @GetMapping("/models")
    List<ModelReport> reports(@RequestParam(defaultValue = "20") @Min(1) @Max(200) int limit) {
        return repository.reports(limit);
    }

    @Operation(summary = "One version's report")
    @GetMapping("/models/{version}")
    ModelReport report(@PathVariable int version) {
        return repository.report(version).orElseThrow(() -> new NotFoundException("No model version " + version));
    }

    @Operation(summary = "The intent ranking and entities the serving model finds in a text",
            description = "503 with Retry-After while a new service trains its first intent model.")
    @PostMapping("/understanding/parse")
    Parsed parse(@Valid @RequestBody ParseRequest request) {
        ServedModel served = models.current();
        String text = request.text().strip();
        return new Parsed(served.version(), served.intents().predict(text, models.encoder()),
                EntityExtractor.extract(text, LocalDate.now(clock.withZone(ZoneOffset.UTC)), catalogue.matcher()));
    }
}
