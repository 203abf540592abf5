package io.shopmind.pricing.run;

import io.shopmind.pricing.elasticity.ElasticityEstimate;
import io.shopmind.servicesupport.job.JobController;
import io.shopmind.servicesupport.job.JobQueue;
import io.shopmind.servicesupport.job.JobView;
import io.shopmind.servicesupport.problem.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/pricing/runs} and {@code /elasticities}: pricing runs as jobs, and the elasticities they fit. */
@RestController
public class PricingRunController {

    private final JobQueue jobs;
    private final PricingRunStore runs;

    public PricingRunController(JobQueue jobs, PricingRunStore runs) {
        this.jobs = jobs;
        this.runs = runs;
    }

    @Operation(summary = "Start a pricing run (a job): proposals with reasons for all or the selected SKUs")
    @PostMapping("/api/v1/pricing/runs")
    @Transactional // the run, its job and the link between them are stored together or not at all
    public ResponseEntity<JobView> start(@Valid @RequestBody(required = false) RunRequest request) {
        RunRequest run = request == null ? new RunRequest(null, null, null, null, null, null, null) : request;
        UUID id = UUID.randomUUID();
        UUID jobId = UUID.randomUUID();
        // the run knows its job before the job can start, so a worker never sees a run without it
        runs.create(id, run);
        runs.attachJob(id, jobId);
        JobView view = jobs.submit(jobId, PricingRunJob.KIND, new PricingRunJob.Parameters(id, run));
        return JobController.accepted("pricing", view);
    }

    @Operation(summary = "A pricing run: what it was asked, how many proposals it made, the SKUs it skipped and why")
    @GetMapping("/api/v1/pricing/runs/{id}")
    public PricingRunStore.RunView run(@PathVariable UUID id) {
        return runs.find(id).orElseThrow(() -> new NotFoundException("No pricing run " + id));
    }

    @Operation(summary = "A SKU's latest elasticity estimate with its 95 % interval and where it comes from")
    @GetMapping("/api/v1/pricing/elasticities/{sku}")
    public ElasticityEstimate elasticity(@PathVariable String sku) {
        return runs.estimate(sku).orElseThrow(() -> new NotFoundException("No elasticity estimate for " + sku));
    }

    @Operation(summary = "The latest elasticity estimates in SKU order, optionally of one category")
    @GetMapping("/api/v1/pricing/elasticities")
    public List<ElasticityEstimate> elasticities(@RequestParam(required = false) @Size(max = 64) String category,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return runs.estimates(category, limit);
    }
}
