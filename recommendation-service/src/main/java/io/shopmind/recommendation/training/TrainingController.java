package io.shopmind.recommendation.training;

import io.shopmind.servicesupport.job.JobController;
import io.shopmind.servicesupport.job.JobView;
import io.shopmind.servicesupport.problem.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/recommendations/models}: train, list and activate model versions. */
@RestController
public class TrainingController {

    private final ModelTraining training;
    private final ModelVersionRepository versions;

    public TrainingController(ModelTraining training, ModelVersionRepository versions) {
        this.training = training;
        this.versions = versions;
    }

    @Operation(summary = "Train a model as a job", description = "algorithm: als, bpr, ease, itemknn or pop. "
            + "202 with the job; its result link is the new version.")
    @PostMapping("/api/v1/recommendations/models")
    public ResponseEntity<JobView> train(@Valid @RequestBody TrainingRequest request) {
        JobView job = training.submit(request);
        return JobController.accepted("recommendations", job);
    }

    @Operation(summary = "The latest model versions, newest first")
    @GetMapping("/api/v1/recommendations/models")
    public List<ModelVersion> list() {
        return versions.findTop50ByOrderByVersionDesc();
    }

    @Operation(summary = "One model version")
    @GetMapping("/api/v1/recommendations/models/{version}")
    public ModelVersion version(@PathVariable @Positive long version) {
        return versions.findById(version).orElseThrow(() -> new NotFoundException("No model version " + version));
    }

    @Operation(summary = "Serve this version from now on, on every replica")
    @PostMapping("/api/v1/recommendations/models/{version}/activate")
    public ModelVersion activate(@PathVariable @Positive long version) {
        training.activate(version);
        return version(version);
    }
}
