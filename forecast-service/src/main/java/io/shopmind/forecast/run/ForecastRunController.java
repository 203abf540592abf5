package io.shopmind.forecast.run;

import io.shopmind.forecast.api.RunRequest;
import io.shopmind.forecast.api.RunSummary;
import io.shopmind.model.forecast.SeriesForecast;
import io.shopmind.servicesupport.job.JobController;
import io.shopmind.servicesupport.job.JobView;
import io.shopmind.servicesupport.problem.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.shopmind.forecast.history.SalesHistoryController;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/forecasts}: forecast runs and the forecasts they leave per series. */
@RestController
public class ForecastRunController {

    private final ForecastRunService service;
    private final SeriesForecastStore forecasts;

    public ForecastRunController(ForecastRunService service, SeriesForecastStore forecasts) {
        this.service = service;
        this.forecasts = forecasts;
    }

    @Operation(summary = "Start a forecast run over all (or the given) series; answers 202 with the job")
    @PostMapping("/api/v1/forecasts/runs")
    public ResponseEntity<JobView> start(@Valid @RequestBody(required = false) RunRequest request) {
        JobView job = service.start(request == null
                ? new RunRequest(null, null, null, null, null, null, null, null) : request);
        return JobController.accepted("forecasts", job);
    }

    @Operation(summary = "A run's summary: series, durations, throughput, accuracy distribution")
    @GetMapping("/api/v1/forecasts/runs/{id}")
    public RunSummary run(@PathVariable UUID id) {
        return service.summary(id);
    }

    @Operation(summary = "A series' forecast from the latest run, with intervals and backtest accuracy")
    @GetMapping("/api/v1/forecasts/series/{id}/forecast")
    public SeriesForecast forecast(@PathVariable @Size(min = 1, max = SalesHistoryController.MAX_ID) String id) {
        return forecasts.latest(id).orElseThrow(() -> new NotFoundException("No forecast for series " + id));
    }
}
