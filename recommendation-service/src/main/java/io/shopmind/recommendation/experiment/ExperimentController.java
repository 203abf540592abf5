package io.shopmind.recommendation.experiment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/recommendations/experiments}: A/B tests between model versions. */
@RestController
public class ExperimentController {

    private final Experiments experiments;

    public ExperimentController(Experiments experiments) {
        this.experiments = experiments;
    }

    @Operation(summary = "Start an A/B test between two model versions", description = "409 while another runs.")
    @ApiResponse(responseCode = "201", description = "Started; the report is at the Location header")
    @PostMapping("/api/v1/recommendations/experiments")
    public ResponseEntity<Experiment> start(@Valid @RequestBody ExperimentRequest request) {
        Experiment experiment = experiments.start(request);
        return ResponseEntity.created(URI.create("/api/v1/recommendations/experiments/" + experiment.getId()))
                .body(experiment);
    }

    @Operation(summary = "Stop an experiment; conversions still count for its attribution window")
    @PostMapping("/api/v1/recommendations/experiments/{id}/stop")
    public Experiment stop(@PathVariable UUID id) {
        return experiments.stop(id);
    }

    @Operation(summary = "Impressions, clicks and purchases per variant, rates with 95 % intervals, and the difference")
    @GetMapping("/api/v1/recommendations/experiments/{id}")
    public ExperimentReport report(@PathVariable UUID id) {
        return experiments.report(id);
    }
}
