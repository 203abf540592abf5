package io.shopmind.servicesupport.job;

import io.shopmind.servicesupport.problem.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/<service>/jobs}: follow and cancel a service's long-running work. */
@RestController
public class JobController {

    private final JobRepository jobs;
    private final JobQueue queue;

    public JobController(JobRepository jobs, JobQueue queue) {
        this.jobs = jobs;
        this.queue = queue;
    }

    @Operation(summary = "A job's state, progress, ETA and result link")
    @GetMapping("/api/v1/${shopmind.service.path-segment}/jobs/{id}")
    public JobView job(@PathVariable UUID id) {
        return jobs.find(id).orElseThrow(() -> new NotFoundException("No job " + id));
    }

    @Operation(summary = "The most recent jobs")
    @GetMapping("/api/v1/${shopmind.service.path-segment}/jobs")
    public List<JobView> recent(@RequestParam(defaultValue = "20") @Min(1) @Max(200) int limit) {
        return jobs.recent(limit);
    }

    @Operation(summary = "Cancel a job", description = "A queued job is cancelled at once (state CANCELLED); a running "
            + "one is asked to stop and is CANCELLED when its work has stopped. A finished job stays as it is.")
    @DeleteMapping("/api/v1/${shopmind.service.path-segment}/jobs/{id}")
    public JobView cancel(@PathVariable UUID id) {
        return queue.cancel(id).orElseThrow(() -> new NotFoundException("No job " + id));
    }

    /** The path of a job, for a 202's Location header. */
    public static String location(String pathSegment, UUID id) {
        return "/api/v1/" + pathSegment + "/jobs/" + id;
    }

    /** How a service answers a request that started a job: 202, the job, and where to follow it. */
    public static ResponseEntity<JobView> accepted(String pathSegment, JobView job) {
        return ResponseEntity.accepted().location(URI.create(location(pathSegment, job.id()))).body(job);
    }
}
