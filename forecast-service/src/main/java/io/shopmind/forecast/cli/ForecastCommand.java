package io.shopmind.forecast.cli;

import io.shopmind.forecast.arima.RegressionWithArimaErrors;
import io.shopmind.forecast.evaluation.Candidate;
import io.shopmind.forecast.evaluation.EvaluationReport;
import io.shopmind.forecast.evaluation.HoldoutEvaluator;
import io.shopmind.forecast.evaluation.HoldoutSeries;
import io.shopmind.forecast.evaluation.ModelSummary;
import io.shopmind.forecast.evaluation.SharedFit;
import io.shopmind.forecast.evaluation.SubmissionScorer;
import io.shopmind.forecast.history.CsvFormatException;
import io.shopmind.forecast.model.Forecast;
import io.shopmind.forecast.model.GlobalForecaster;
import io.shopmind.forecast.model.Progress;
import io.shopmind.forecast.model.PredictionInterval;
import io.shopmind.forecast.selection.Candidates;
import io.shopmind.forecast.selection.Combination;
import io.shopmind.forecast.selection.GlobalRow;
import io.shopmind.forecast.selection.ModelSelector;
import io.shopmind.forecast.selection.Selection;
import io.shopmind.forecast.selection.SelectionRows;
import io.shopmind.forecast.selection.SelectionSettings;
import io.shopmind.forecast.selection.Strategy;
import io.shopmind.forecast.selection.SeriesPool;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code forecast}, {@code evaluate} and {@code score} long-format CSVs ({@code unique_id,ds,y}; {@code ds} dates,
 * date-times or an integer time index, see {@link TimeSeriesCsv}) from the command line, with no server and no
 * database. {@code forecast} chooses a model per series as the service's runs do and writes its forecast as JSON;
 * {@code evaluate} holds out each series' last {@code horizon} points and prints sMAPE, MASE, OWA against Naive2 and
 * interval coverage per model, and for the default choice ({@code Selected}), the single best by backtest and the
 * combination of the best few, all read from one backtest per series; {@code score} scores a forecasts file made
 * elsewhere (a competition's submissions, or {@code evaluate}'s own raw forecasts) the same way. Progress lines go to
 * standard error.
 */
public final class ForecastCommand {

    private static final String USAGE = """
            usage: ForecastCommand forecast --data FILE.csv --horizon H [options]
                   ForecastCommand evaluate --data FILE.csv --horizon H [--test HOLDOUT.csv] [options]
                   ForecastCommand score --train FILE.csv --test HOLDOUT.csv --forecasts FORECASTS.csv [--season M]
            options:
              --season M            seasonal period (default: 7 daily, 52 weekly, 12 monthly, 4 quarterly, 1 yearly,
                                    from the dates; 1 when ds is a time index or holds times)
              --frequency F         daily, weekly, monthly, quarterly or yearly when ds holds dates (default: from
                                    the dates)
              --levels 80,95        interval levels in percent
              --models A,B,...      candidates backtested (default ETS,Theta,DOTM,SNaive, AutoARIMA on series of at
                                    most 200 points, STLF for ETS above a season of 12, Croston,SBA,TSB on
                                    intermittent ones; GRU and LSTM train across series); known: %s
              --combine K           forecast: keep the best K models instead of the default ensemble (1: the single
                                    best); evaluate: K of the Combined row (default 3)
              --combination median  median or mean of a combination
              --origins N           backtest origins (default 2)
              --threads N           parallel series (default: the cores)
              --test FILE.csv       evaluate: the held-out points in a file of their own (else the last H of --data)
              --predictions FILE    evaluate: the raw forecasts, unique_id,ds,yhat,model,... (default
                                    evaluation-forecasts.csv)
              --output FILE.json    where the JSON goes (default: stdout for forecast, none for evaluate and score)
            """;

    private final PrintStream out;
    private final Map<String, String> options = new LinkedHashMap<>();

    ForecastCommand(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        try {
            new ForecastCommand(System.out).run(args);
        } catch (IllegalArgumentException | CsvFormatException e) {
            System.err.println("error: " + e.getMessage());
            System.err.printf(USAGE, String.join(",", Candidates.names()));
            System.exit(2);
        } catch (IOException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(130);
        }
    }

    void run(String[] args) throws IOException, InterruptedException {
        if (args.length == 0) {
            throw new IllegalArgumentException("name a command: forecast, evaluate or score");
        }
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --option value, got '" + args[i] + "'");
            }
            options.put(args[i].substring(2), args[++i]);
        }
        switch (args[0]) {
            case "forecast" -> forecast();
            case "evaluate" -> evaluate();
            case "score" -> score();
            default -> throw new IllegalArgumentException("unknown command '" + args[0] + "'");
        }
    }

    private void forecast() throws IOException, InterruptedException {
        Data data = read();
        int horizon = horizon();
        double[] levels = levels();
        SelectionSettings settings = settings(horizon);
        if (options.containsKey("combine")) {
            settings = settings.withCombination(positive("combine"), combination());
        }
        ModelSelector selector = new ModelSelector(settings);
        List<double[]> values = data.series().stream().map(TimeSeriesCsv.Series::values).toList();
        List<List<Selection>> selections = selector.selectAll(values, data.seasonalPeriod(),
                List.of(settings.strategy()), threads(), new ProgressLine(System.err, "forecast"));
        List<Map<String, Object>> results = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            TimeSeriesCsv.Series series = data.series().get(i);
            Selection selection = selections.get(i).get(0);
            Forecast forecast = selection.model().forecast(horizon, levels);
            List<Map<String, Object>> points = new ArrayList<>();
            for (int h = 0; h < horizon; h++) {
                List<Map<String, Object>> intervals = new ArrayList<>();
                for (PredictionInterval interval : forecast.intervals()) {
                    intervals.add(ordered("level", interval.level(), "lower", interval.lower()[h],
                            "upper", interval.upper()[h]));
                }
                points.add(ordered("ds", data.after(series, h + 1), "mean", forecast.mean()[h],
                        "intervals", intervals));
            }
            var accuracy = selection.accuracy();
            results.add(ordered("uniqueId", series.id(), "method", selection.method(),
                    "model", selection.model().name(),
                    "backtest", accuracy == null ? null : ordered("mase", finite(accuracy.mase()),
                            "smape", finite(accuracy.smape()), "origins", accuracy.origins()),
                    "points", points));
        }
        writeJson(ordered("horizon", horizon, "levels", levels, "frequency", data.frequencyLabel(),
                "seasonalPeriod", data.seasonalPeriod(), "series", results), true);
    }

    private void evaluate() throws IOException {
        Data data = options.containsKey("test") ? readWithHoldout() : read();
        int horizon = horizon();
        double[] levels = levels();
        SelectionSettings settings = settings(horizon);
        // rows of the models fitted alone; the global ones are trained once for all series below, and the
        // regression on price and promotion needs those columns, which the command line's files do not hold
        int longest = data.series().stream().mapToInt(s -> s.values().length - horizon).max().orElse(0);
        List<Candidate> candidates = settings.allCandidates(data.seasonalPeriod(), longest).stream()
                .filter(c -> !(c.forecaster() instanceof GlobalForecaster))
                .filter(c -> !(c.forecaster() instanceof RegressionWithArimaErrors)).toList();
        Map<String, Strategy> rows = new LinkedHashMap<>();
        rows.put("Selected", settings.strategy());
        rows.put("Best", new Strategy.Best(1, combination()));
        int combine = options.containsKey("combine") ? positive("combine") : 3;
        if (combine > 1) {
            rows.put("Combined", new Strategy.Best(combine, combination()));
        }
        List<SharedFit> shared = new ArrayList<>();
        settings.globalCandidates().forEach(global -> shared.add(new GlobalRow(global, horizon)));
        shared.add(new SelectionRows(new ModelSelector(settings), rows));
        List<HoldoutSeries> series = data.series().stream()
                .map(s -> new HoldoutSeries(s.id(), s.values(), data.seasonalPeriod(), s.ds().toArray(String[]::new)))
                .toList();
        EvaluationReport report = new HoldoutEvaluator(candidates, shared, horizon, levels)
                .evaluate(series, threads(), new PhasedProgress(candidates.isEmpty()));
        printTable(report, levels);
        out.println("Selected is what forecast and the service's runs use by default: "
                + settings.strategy().label() + ".");
        Path predictions = Path.of(options.getOrDefault("predictions", "evaluation-forecasts.csv"));
        try (Writer writer = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
            report.writeCsv(writer);
        }
        out.println("Raw forecasts: " + predictions);
        List<Map<String, Object>> models = new ArrayList<>();
        for (ModelSummary summary : report.models()) {
            Map<String, Object> coverage = new LinkedHashMap<>();
            for (int i = 0; i < levels.length; i++) {
                coverage.put(label(levels[i]), summary.coverage()[i]);
            }
            models.add(ordered("model", summary.model(), "series", summary.series(), "failures", summary.failures(),
                    "smape", finite(summary.smape()), "mase", finite(summary.mase()), "owa", finite(summary.owa()),
                    "coverage", coverage));
        }
        writeJson(ordered("horizon", horizon, "levels", levels, "seasonalPeriod", data.seasonalPeriod(),
                "series", series.size(), "default", settings.strategy().label(),
                "naive2", ordered("smape", report.naive2().smape(), "mase", finite(report.naive2().mase())),
                "models", models), false);
    }

    /** The evaluation's progress: the candidates fitted alone, then the backtests the Selected row reads. */
    private static final class PhasedProgress implements Progress {
        private ProgressLine phase;

        PhasedProgress(boolean noModels) {
            this.phase = new ProgressLine(System.err, noModels ? "backtests" : "models");
        }

        @Override
        public synchronized void advanced(int done, int total) {
            phase.advanced(done, total);
            if (done == total) {
                // the next phase's clock starts now, so its ETA counts its own pace only
                phase = new ProgressLine(System.err, "backtests");
            }
        }
    }

    /**
     * Scores a forecasts file ({@code unique_id,ds,yhat}, with a {@code method} or {@code model} column when it holds
     * several methods) against the held-out points, exactly as {@code evaluate} scores its models.
     */
    private void score() throws IOException {
        Data train = read(required("train"));
        Data test = read(required("test"));
        Map<String, TimeSeriesCsv.Series> heldOut = new LinkedHashMap<>();
        test.series().forEach(s -> heldOut.put(s.id(), s));
        List<SubmissionScorer.Heldout> series = new ArrayList<>();
        for (TimeSeriesCsv.Series s : train.series()) {
            TimeSeriesCsv.Series holdout = heldOut.get(s.id());
            if (holdout == null) {
                throw new IllegalArgumentException("series " + s.id() + " has no held-out points in --test");
            }
            series.add(new SubmissionScorer.Heldout(s.id(), s.values(), holdout.values(), train.seasonalPeriod()));
        }
        Map<String, Map<String, double[]>> forecasts;
        try (BufferedReader reader = Files.newBufferedReader(Path.of(required("forecasts")), StandardCharsets.UTF_8)) {
            forecasts = ForecastFile.read(reader, heldOut);
        }
        List<SubmissionScorer.Score> scores = SubmissionScorer.score(series, forecasts);
        out.println(String.format(Locale.ROOT, "%-22s %6s %7s %9s %8s %7s", "method", "series", "missing", "sMAPE",
                "MASE", "OWA"));
        for (SubmissionScorer.Score score : scores) {
            out.println(String.format(Locale.ROOT, "%-22s %6d %7d %9.3f %8.3f %7.3f", score.method(), score.series(),
                    score.missing(), score.smape(), score.mase(), score.owa()));
        }
        out.printf(Locale.ROOT, "OWA is relative to Naive2 fitted to the training parts, over the series each method"
                + " covers; %d series, season %d.%n", series.size(), train.seasonalPeriod());
        List<Map<String, Object>> rows = scores.stream().map(score -> ordered("method", score.method(),
                "series", score.series(), "missing", score.missing(), "smape", finite(score.smape()),
                "mase", finite(score.mase()), "owa", finite(score.owa()))).toList();
        writeJson(ordered("seasonalPeriod", train.seasonalPeriod(), "series", series.size(), "methods", rows), false);
    }

    private void printTable(EvaluationReport report, double[] levels) {
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-12s %6s %6s %9s %8s %7s",
                "model", "series", "failed", "sMAPE", "MASE", "OWA"));
        for (double level : levels) {
            header.append(String.format(Locale.ROOT, " %7s", "cov" + label(level)));
        }
        out.println(header);
        for (ModelSummary s : report.models()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-12s %6d %6d %9.3f %8.3f %7.3f",
                    s.model(), s.series(), s.failures(), s.smape(), s.mase(), s.owa()));
            for (double coverage : s.coverage()) {
                line.append(String.format(Locale.ROOT, " %6.1f%%", 100 * coverage));
            }
            out.println(line);
        }
        out.printf(Locale.ROOT, "OWA is relative to Naive2 (sMAPE %.3f, MASE %.3f) over %d series, horizon %d.%n",
                report.naive2().smape(), report.naive2().mase(), report.series().size(), report.horizon());
    }

    /**
     * The file's series; {@code frequency} is set when {@code ds} holds dates, which then step by the calendar.
     * Otherwise time steps as the file's does: an index by one, date-times by their last interval.
     */
    private record Data(TimeSeriesCsv.Contents contents, CalendarStep step, int seasonalPeriod) {

        List<TimeSeriesCsv.Series> series() {
            return contents.series();
        }

        String after(TimeSeriesCsv.Series series, int steps) {
            if (step == null) {
                return contents.after(series, steps);
            }
            return step.plus(LocalDate.parse(series.ds().get(series.ds().size() - 1)), steps).toString();
        }

        String frequencyLabel() {
            return step != null ? step.label() : contents.kind() == TimeSeriesCsv.TimeKind.INDEX
                    ? "index" : "as in the file";
        }
    }

    private Data read() throws IOException {
        return read(required("data"));
    }

    private Data read(String file) throws IOException {
        TimeSeriesCsv.Contents contents;
        try (BufferedReader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            contents = TimeSeriesCsv.read(reader);
        }
        if (contents.kind() != TimeSeriesCsv.TimeKind.DATE) {
            // no calendar to read a season from: non-seasonal unless --season says otherwise
            int season = options.containsKey("season") ? positive("season") : 1;
            return new Data(contents, null, season);
        }
        CalendarStep step = options.containsKey("frequency") ? CalendarStep.of(options.get("frequency"))
                : CalendarStep.between(contents.series().get(0).ds());
        int season = options.containsKey("season") ? positive("season") : step.defaultSeasonalPeriod();
        return new Data(contents, step, season);
    }

    /** {@code --data} followed by each series' points in {@code --test}, which must hold H points of each. */
    private Data readWithHoldout() throws IOException {
        Data train = read();
        Data test = read(options.get("test"));
        int horizon = horizon();
        Map<String, TimeSeriesCsv.Series> heldOut = new LinkedHashMap<>();
        test.series().forEach(s -> heldOut.put(s.id(), s));
        List<TimeSeriesCsv.Series> joined = new ArrayList<>();
        for (TimeSeriesCsv.Series s : train.series()) {
            TimeSeriesCsv.Series holdout = heldOut.get(s.id());
            if (holdout == null || holdout.values().length != horizon) {
                throw new IllegalArgumentException("series " + s.id() + " needs " + horizon
                        + " held-out points in --test, found " + (holdout == null ? 0 : holdout.values().length));
            }
            List<String> ds = new ArrayList<>(s.ds());
            ds.addAll(holdout.ds());
            double[] values = Arrays.copyOf(s.values(), s.values().length + horizon);
            System.arraycopy(holdout.values(), 0, values, s.values().length, horizon);
            joined.add(new TimeSeriesCsv.Series(s.id(), List.copyOf(ds), values));
        }
        return new Data(new TimeSeriesCsv.Contents(joined, train.contents().kind()), train.step(),
                train.seasonalPeriod());
    }

    /** The defaults of the service's runs, with the command line's origins and models. */
    private SelectionSettings settings(int horizon) {
        SelectionSettings settings = SelectionSettings.defaults(horizon);
        if (options.containsKey("origins")) {
            settings = settings.withOrigins(positive("origins"), horizon);
        }
        if (options.containsKey("models")) {
            settings = settings.withCandidates(Candidates.named(Arrays.asList(options.get("models").split(","))));
        }
        return settings;
    }

    private Combination combination() {
        String name = options.getOrDefault("combination", "median").toUpperCase(Locale.ROOT);
        try {
            return Combination.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--combination must be median or mean");
        }
    }

    private int horizon() {
        return positive("horizon");
    }

    private int threads() {
        return options.containsKey("threads") ? positive("threads") : SeriesPool.cores();
    }

    private double[] levels() {
        return Arrays.stream(options.getOrDefault("levels", "80,95").split(",")).mapToDouble(Double::parseDouble)
                .toArray();
    }

    private String required(String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    private int positive(String name) {
        int value;
        try {
            value = Integer.parseInt(required(name));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number");
        }
        if (value < 1) {
            throw new IllegalArgumentException("--" + name + " must be at least 1");
        }
        return value;
    }

    private void writeJson(Map<String, Object> document, boolean stdoutByDefault) throws IOException {
        JsonMapper mapper = JsonMapper.builder().build();
        String text = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(document);
        if (options.containsKey("output")) {
            Files.writeString(Path.of(options.get("output")), text + "\n", StandardCharsets.UTF_8);
        } else if (stdoutByDefault) {
            out.println(text);
        }
    }

    private static String label(double level) {
        return level == Math.rint(level) ? Long.toString((long) level) : Double.toString(level);
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    /** A map that keeps its keys in the order given, so the JSON reads in that order. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
