package io.shopmind.forecast.run;

import io.shopmind.forecast.ForecastProperties;
import io.shopmind.forecast.api.RunRequest;
import io.shopmind.forecast.arima.Regressors;
import io.shopmind.forecast.arima.RegressionWithArimaErrors;
import io.shopmind.forecast.api.RunSummary;
import io.shopmind.forecast.history.Frequency;
import io.shopmind.forecast.history.SalesHistoryStore;
import io.shopmind.forecast.model.Forecast;
import io.shopmind.forecast.model.PredictionInterval;
import io.shopmind.forecast.selection.Backtest;
import io.shopmind.forecast.selection.Candidates;
import io.shopmind.forecast.selection.Combination;
import io.shopmind.forecast.selection.ModelSelector;
import io.shopmind.forecast.selection.Selection;
import io.shopmind.forecast.selection.SelectionSettings;
import io.shopmind.forecast.selection.SeriesPool;
import io.shopmind.model.forecast.ForecastPoint;
import io.shopmind.model.forecast.Interval;
import io.shopmind.servicesupport.job.JobProgress;
import io.shopmind.servicesupport.job.JobHandler;
import io.shopmind.servicesupport.job.JobQueue;
import io.shopmind.servicesupport.job.JobView;
import io.shopmind.servicesupport.problem.InvalidInputException;
import io.shopmind.servicesupport.problem.NotFoundException;
import io.shopmind.model.problem.FieldError;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Starts forecast runs as jobs and reports on them. A run chooses a model per series by backtest
 * ({@link ModelSelector}), forecasts it with intervals, and stores the result, over a pool of one thread per core.
 */
@Service
public class ForecastRunService implements JobHandler<ForecastRunService.RunJob> {

    static final String KIND = "forecast-run";

    /** A run's job: the run and its request, everything any replica needs to run it. */
    public record RunJob(UUID runId, RunRequest request) {
    }

    private static final Logger log = LoggerFactory.getLogger(ForecastRunService.class);
    private static final int DEFAULT_HORIZON = 28;
    private static final List<Double> DEFAULT_LEVELS = List.of(80.0, 95.0);

    private final JobQueue jobQueue;
    private final ForecastRunRepository runs;
    private final SeriesForecastStore forecasts;
    private final SalesHistoryStore history;
    private final JdbcTemplate jdbc;
    private final ForecastProperties properties;
    private final ForecastRunMetrics metrics;

    public ForecastRunService(JobQueue jobQueue, ForecastRunRepository runs, SeriesForecastStore forecasts,
            SalesHistoryStore history, JdbcTemplate jdbc, ForecastProperties properties, ForecastRunMetrics metrics) {
        this.jobQueue = jobQueue;
        this.runs = runs;
        this.forecasts = forecasts;
        this.history = history;
        this.jdbc = jdbc;
        this.properties = properties;
        this.metrics = metrics;
    }

    /** Records the run and queues its job; returns the job as it stands. */
    public JobView start(RunRequest request) {
        Settings settings = settings(request);
        List<String> seriesIds = seriesIds(request.series());
        // the run is stored with its job's id from the start, so the job never reads a run without it
        UUID jobId = UUID.randomUUID();
        ForecastRun run = runs.save(new ForecastRun(UUID.randomUUID(), jobId, settings.horizon(), settings.levels(),
                settings.combine(), settings.origins(), seriesIds.size()));
        return jobQueue.submit(jobId, KIND, new RunJob(run.id(), request));
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<RunJob> parametersType() {
        return RunJob.class;
    }

    @Override
    public String run(RunJob job, JobProgress progress) throws InterruptedException {
        Settings settings = settings(job.request());
        List<String> seriesIds = seriesIds(job.request().series());
        double[] levelArray = settings.levels().stream().mapToDouble(Double::doubleValue).toArray();
        execute(job.runId(), seriesIds, new ModelSelector(settings.selection()), levelArray, progress);
        return "/api/v1/forecasts/runs/" + job.runId();
    }

    private record Settings(int horizon, List<Double> levels, int origins, int combine, SelectionSettings selection) {
    }

    private static Settings settings(RunRequest request) {
        int horizon = request.horizon() == null ? DEFAULT_HORIZON : request.horizon();
        List<Double> levels = request.levels() == null || request.levels().isEmpty() ? DEFAULT_LEVELS
                : request.levels().stream().distinct().sorted().toList();
        int origins = request.origins() == null ? SelectionSettings.defaults(horizon).origins() : request.origins();
        int combine = Boolean.TRUE.equals(request.combine())
                ? (request.combineTop() == null ? 3 : request.combineTop()) : 1;
        Combination combination = request.combination() == null ? Combination.MEDIAN
                : Combination.valueOf(request.combination().toUpperCase(Locale.ROOT));
        SelectionSettings selection = SelectionSettings.defaults(horizon).withOrigins(origins, horizon);
        if (Boolean.TRUE.equals(request.combine())) {
            selection = selection.withCombination(combine, combination);
        }
        if (request.models() != null && !request.models().isEmpty()) {
            try {
                selection = selection.withCandidates(Candidates.named(request.models()));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("The request has invalid fields.",
                        List.of(new FieldError("models", e.getMessage())));
            }
        }
        return new Settings(horizon, levels, origins, combine, selection);
    }

    private List<String> seriesIds(List<String> filter) {
        if (filter == null || filter.isEmpty()) {
            return jdbc.queryForList("SELECT id FROM series ORDER BY id", String.class);
        }
        List<String> wanted = filter.stream().distinct().sorted().toList();
        List<String> known = jdbc.queryForList("SELECT id FROM series WHERE id = ANY(?) ORDER BY id", String.class,
                (Object) wanted.toArray(String[]::new));
        if (known.size() < wanted.size()) {
            List<String> unknown = new ArrayList<>(wanted);
            unknown.removeAll(known);
            throw new NotFoundException("No series " + String.join(", ", unknown.subList(0, Math.min(10, unknown.size()))));
        }
        return known;
    }

    private void execute(UUID runId, List<String> seriesIds, ModelSelector selector, double[] levels,
            JobProgress progress) throws InterruptedException {
        ForecastRun run = runs.findById(runId).orElseThrow();
        progress.stopIfCancelled();
        run.started();
        runs.save(run);
        long started = System.nanoTime();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        int total = seriesIds.size();
        int reportEvery = Math.max(1, total / 100);
        log.info("Run {} forecasts {} series on {} threads", runId, total, properties.threads());
        progress.report(0, total, "0 of " + total + " series on " + properties.threads() + " threads");
        metrics.runProgressed(Duration.ZERO, 0, total);
        try (SeriesPool pool = new SeriesPool(properties.threads())) {
            Map<String, List<Backtest.Trial>> global = globalTrials(seriesIds, selector);
            pool.map(seriesIds, id -> forecastOne(runId, id, selector, levels, global.getOrDefault(id, List.of())),
                    succeeded -> {
                metrics.seriesFinished(succeeded);
                if (!succeeded) {
                    failed.incrementAndGet();
                }
                int finished = done.incrementAndGet();
                if (finished % reportEvery == 0 || finished == total) {
                    Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
                    metrics.runProgressed(elapsed, finished, total);
                    synchronized (progress) {
                        progress.report(finished, total, String.format(Locale.ROOT, "%d of %d series, %.2f series/s",
                                finished, total, finished / Math.max(elapsed.toNanos() / 1e9, 1e-3)));
                    }
                }
            });
            run.finished(done.get() - failed.get(), failed.get());
            runs.save(run);
        } catch (RuntimeException | InterruptedException e) {
            run.failed(done.get() - failed.get(), failed.get(), e instanceof InterruptedException
                    ? "The run was stopped." : "The run stopped on an internal error; see its job.");
            runs.save(run);
            throw e;
        } finally {
            metrics.runFinished(Duration.ofNanos(System.nanoTime() - started), done.get());
        }
    }

    /**
     * The backtests of the candidates that train across series (the neural networks, when a run names them): each is
     * trained once per origin over all series of a seasonal period, before the series are forecast one by one.
     */
    private Map<String, List<Backtest.Trial>> globalTrials(List<String> seriesIds, ModelSelector selector) {
        Map<String, List<Backtest.Trial>> trials = new HashMap<>();
        if (selector.settings().globalCandidates().isEmpty()) {
            return trials;
        }
        Map<Integer, List<String>> byPeriod = new LinkedHashMap<>();
        for (String id : seriesIds) {
            int period = jdbc.queryForObject("SELECT seasonal_period FROM series WHERE id = ?", Integer.class, id);
            byPeriod.computeIfAbsent(period, p -> new ArrayList<>()).add(id);
        }
        for (Map.Entry<Integer, List<String>> group : byPeriod.entrySet()) {
            List<String> ids = new ArrayList<>();
            List<double[]> series = new ArrayList<>();
            for (String id : group.getValue()) {
                double[] y = history.values(id, properties.maxHistory());
                if (y.length > 0) {
                    ids.add(id);
                    series.add(y);
                }
            }
            if (series.isEmpty()) {
                continue;
            }
            List<List<Backtest.Trial>> perSeries = selector.backtestGlobal(series, group.getKey());
            for (int i = 0; i < ids.size(); i++) {
                trials.put(ids.get(i), perSeries.get(i));
            }
        }
        return trials;
    }

    /** Chooses, fits and stores one series' forecast; false when the series could not be forecast. */
    private boolean forecastOne(UUID runId, String seriesId, ModelSelector selector, double[] levels,
            List<Backtest.Trial> globalTrials) {
        try {
            var series = jdbc.queryForMap("SELECT frequency, seasonal_period FROM series WHERE id = ?", seriesId);
            Frequency frequency = Frequency.of((String) series.get("frequency"));
            int seasonalPeriod = ((Number) series.get("seasonal_period")).intValue();
            SalesHistoryStore.RecentSales recent = history.recent(seriesId, properties.maxHistory());
            double[] y = recent.y();
            LocalDate lastDs = history.lastDs(seriesId).orElse(null);
            if (y.length == 0 || lastDs == null) {
                return false;
            }
            // the stored prices and promotions feed the regression with ARIMA errors
            Regressors regressors = RegressionWithArimaErrors.fromHistory(recent.price(), recent.promo());
            Selection selection = selector.choose(selector.backtest(y, seasonalPeriod, regressors, globalTrials));
            int horizon = selector.settings().horizon();
            Forecast forecast = selection.model().forecast(horizon, levels);
            List<ForecastPoint> points = new ArrayList<>(horizon);
            for (int h = 0; h < horizon; h++) {
                List<Interval> intervals = new ArrayList<>(levels.length);
                for (PredictionInterval interval : forecast.intervals()) {
                    intervals.add(new Interval(interval.level(), interval.lower()[h], interval.upper()[h]));
                }
                points.add(new ForecastPoint(frequency.plus(lastDs, h + 1), forecast.mean()[h], intervals));
            }
            forecasts.save(runId, seriesId, horizon, selection, selection.model().name(), points);
            if (selection.accuracy() != null) {
                metrics.seriesBacktested(selection.accuracy().mase());
            }
            return true;
        } catch (RuntimeException e) {
            log.warn("Series {} could not be forecast in run {}", seriesId, runId, e);
            return false;
        }
    }

    public RunSummary summary(UUID runId) {
        ForecastRun run = runs.findById(runId).orElseThrow(() -> new NotFoundException("No forecast run " + runId));
        Double duration = null;
        Double perSecond = null;
        if (run.startedAt() != null && run.finishedAt() != null) {
            duration = Duration.between(run.startedAt(), run.finishedAt()).toNanos() / 1e9;
            perSecond = duration > 0 ? (run.seriesDone() + run.seriesFailed()) / duration : null;
        }
        List<Double> mase = forecasts.mase(runId);
        return new RunSummary(run.id(), run.jobId(), run.state().name(), run.horizon(), run.levels(),
                run.seriesTotal(), run.seriesDone(), run.seriesFailed(), run.createdAt(), run.startedAt(),
                run.finishedAt(), duration, perSecond, distribution(mase), forecasts.meanSmape(runId),
                forecasts.methods(runId), run.error());
    }

    private static RunSummary.Distribution distribution(List<Double> sorted) {
        if (sorted.isEmpty()) {
            return new RunSummary.Distribution(0, null, null, null, null);
        }
        double mean = sorted.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        return new RunSummary.Distribution(sorted.size(), mean, quantile(sorted, 0.1), quantile(sorted, 0.5),
                quantile(sorted, 0.9));
    }

    /** Linear interpolation between order statistics (Hyndman &amp; Fan 1996, type 7, R's default). */
    private static double quantile(List<Double> sorted, double p) {
        double position = p * (sorted.size() - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.size() - 1);
        return sorted.get(below) + (position - below) * (sorted.get(above) - sorted.get(below));
    }
}
