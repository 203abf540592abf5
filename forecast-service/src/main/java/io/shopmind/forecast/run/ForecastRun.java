package io.shopmind.forecast.run;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** One forecast run: its settings, where it stands, and its counts. */
@Entity
@Table(name = "forecast_run")
public class ForecastRun {

    public enum State { QUEUED, RUNNING, SUCCEEDED, FAILED }

    @Id
    private UUID id;

    @Column(name = "job_id", updatable = false)
    private UUID jobId;

    @Column(nullable = false)
    private String state;

    @Column(nullable = false)
    private int horizon;

    @Column(nullable = false)
    private String levels;

    @Column(nullable = false)
    private int combine;

    @Column(nullable = false)
    private int origins;

    @Column(name = "series_total", nullable = false)
    private int seriesTotal;

    @Column(name = "series_done", nullable = false)
    private int seriesDone;

    @Column(name = "series_failed", nullable = false)
    private int seriesFailed;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    private String error;

    protected ForecastRun() {
    }

    ForecastRun(UUID id, UUID jobId, int horizon, List<Double> levels, int combine, int origins, int seriesTotal) {
        this.id = id;
        this.jobId = jobId;
        this.state = State.QUEUED.name();
        this.horizon = horizon;
        this.levels = levels.stream().map(String::valueOf).collect(Collectors.joining(","));
        this.combine = combine;
        this.origins = origins;
        this.seriesTotal = seriesTotal;
        this.createdAt = Instant.now();
    }

    void started() {
        this.state = State.RUNNING.name();
        this.startedAt = Instant.now();
    }

    void finished(int done, int failed) {
        this.state = State.SUCCEEDED.name();
        this.seriesDone = done;
        this.seriesFailed = failed;
        this.finishedAt = Instant.now();
    }

    void failed(int done, int failedSeries, String reason) {
        this.state = State.FAILED.name();
        this.seriesDone = done;
        this.seriesFailed = failedSeries;
        this.finishedAt = Instant.now();
        this.error = reason;
    }

    public UUID id() {
        return id;
    }

    public UUID jobId() {
        return jobId;
    }

    public State state() {
        return State.valueOf(state);
    }

    public int horizon() {
        return horizon;
    }

    public List<Double> levels() {
        return Arrays.stream(levels.split(",")).map(Double::valueOf).toList();
    }

    public int combine() {
        return combine;
    }

    public int origins() {
        return origins;
    }

    public int seriesTotal() {
        return seriesTotal;
    }

    public int seriesDone() {
        return seriesDone;
    }

    public int seriesFailed() {
        return seriesFailed;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public String error() {
        return error;
    }
}
