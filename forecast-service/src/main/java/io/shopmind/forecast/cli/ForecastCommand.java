package io.shopmind.forecast.cli;

import io.shopmind.forecast.evaluation.Candidate;
import io.shopmind.forecast.evaluation.EvaluationReport;
import io.shopmind.forecast.evaluation.HoldoutEvaluator;
import io.shopmind.forecast.evaluation.HoldoutSeries;
import io.shopmind.forecast.evaluation.ModelSummary;
import io.shopmind.forecast.history.CsvFormatException;
import io.shopmind.forecast.history.Frequency;
import io.shopmind.forecast.model.Forecast;
import io.shopmind.forecast.model.PredictionInterval;
import io.shopmind.forecast.selection.Candidates;
import io.shopmind.forecast.selection.Combination;
import io.shopmind.forecast.selection.ModelSelector;
import io.shopmind.forecast.selection.Selection;
import io.shopmind.forecast.selection.SelectionSettings;
import io.shopmind.forecast.selection.SeriesPool;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code forecast} and {@code evaluate} a long-format CSV ({@code unique_id,ds,y}; {@code ds} dates, date-times or an
 * integer time index, see {@link TimeSeriesCsv}) from the command line, with no server and no database. {@code forecast} chooses a model per series by backtest and writes its forecast as JSON;
 * {@code evaluate} holds out each series' last {@code horizon} points and prints sMAPE, MASE, OWA against Naive2 and
 * interval coverage per model, and for the backtest selection and combination.
 */
public final class ForecastCommand {

    private static final String USAGE = """
            usage: ForecastCommand forecast --data FILE.csv --horizon H [options]
                   ForecastCommand evaluate --data FILE.csv --horizon H [options] [--predictions FILE.csv]
            options:
              --season M            seasonal period (default: 7 daily, 52 weekly, 12 monthly, from the dates;
                                    1 when ds is a time index or holds times)
              --frequency F         daily, weekly or monthly when ds holds dates (default: from the dates)
              --levels 80,95        interval levels in percent
              --models A,B,...      candidates (default AutoARIMA,ETS,Theta,SNaive); known: %s
              --combine K           combine the best K models (default 3 for the combination row, 1 for forecast)
              --combination median  median or mean
              --origins N           backtest origins (default 3)
              --threads N           parallel series (default: the cores)
              --output FILE.json    where the JSON goes (default: stdout for forecast, none for evaluate)
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
            throw new IllegalArgumentException("name a command: forecast or evaluate");
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
            default -> throw new IllegalArgumentException("unknown command '" + args[0] + "'");
        }
    }

    private void forecast() throws IOException, InterruptedException {
        Data data = read();
        int horizon = horizon();
        double[] levels = levels();
        SelectionSettings settings = settings(horizon, Integer.parseInt(options.getOrDefault("combine", "1")));
        ModelSelector selector = new ModelSelector(settings);
        List<Map<String, Object>> results;
        try (SeriesPool pool = new SeriesPool(threads())) {
            results = pool.map(data.series(), series -> {
                Selection selection = selector.select(series.values(), data.seasonalPeriod());
                Forecast forecast = selection.model().forecast(horizon, levels);
                List<Map<String, Object>> points = new ArrayList<>();
                for (int h = 0; h < horizon; h++) {
                    List<Map<String, Object>> intervals = new ArrayList<>();
                    for (PredictionInterval interval : forecast.intervals()) {
                        intervals.add(ordered("level", interval.level(), "lower", interval.lower()[h],
                                "upper", interval.upper()[h]));
                    }
                    points.add(ordered("ds", data.after(series, h + 1), "mean",
                            forecast.mean()[h], "intervals", intervals));
                }
                var accuracy = selection.accuracy();
                return ordered("uniqueId", series.id(), "method", selection.method(), "model", selection.model().name(),
                        "backtest", accuracy == null ? null : ordered("mase", finite(accuracy.mase()),
                                "smape", finite(accuracy.smape()), "origins", accuracy.origins()),
                        "points", points);
            }, r -> { });
        }
        writeJson(ordered("horizon", horizon, "levels", levels, "frequency", data.frequencyLabel(),
                "seasonalPeriod", data.seasonalPeriod(), "series", results), true);
    }

    private void evaluate() throws IOException {
        Data data = read();
        int horizon = horizon();
        double[] levels = levels();
        List<Candidate> candidates = new ArrayList<>(candidates());
        // one selector: the combination reuses the selection's backtests of each series
        ModelSelector selector = new ModelSelector(settings(horizon, 1));
        candidates.add(new Candidate("Selected", selector));
        int combine = Integer.parseInt(options.getOrDefault("combine", "3"));
        if (combine > 1) {
            candidates.add(new Candidate("Combined", selector.keeping(combine)));
        }
        List<HoldoutSeries> series = data.series().stream()
                .map(s -> new HoldoutSeries(s.id(), s.values(), data.seasonalPeriod(), s.ds().toArray(String[]::new)))
                .toList();
        EvaluationReport report = new HoldoutEvaluator(candidates, horizon, levels).evaluate(series, threads());
        printTable(report, levels);
        if (options.containsKey("predictions")) {
            try (Writer writer = Files.newBufferedWriter(Path.of(options.get("predictions")), StandardCharsets.UTF_8)) {
                report.writeCsv(writer);
            }
        }
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
                "series", series.size(), "naive2", ordered("smape", report.naive2().smape(),
                        "mase", finite(report.naive2().mase())), "models", models), false);
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
    private record Data(TimeSeriesCsv.Contents contents, Frequency frequency, int seasonalPeriod) {

        List<TimeSeriesCsv.Series> series() {
            return contents.series();
        }

        String after(TimeSeriesCsv.Series series, int steps) {
            if (frequency == null) {
                return contents.after(series, steps);
            }
            return frequency.plus(LocalDate.parse(series.ds().get(series.ds().size() - 1)), steps).toString();
        }

        String frequencyLabel() {
            return frequency != null ? frequency.label() : contents.kind() == TimeSeriesCsv.TimeKind.INDEX
                    ? "index" : "as in the file";
        }
    }

    private Data read() throws IOException {
        String file = required("data");
        TimeSeriesCsv.Contents contents;
        try (BufferedReader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            contents = TimeSeriesCsv.read(reader);
        }
        if (contents.kind() != TimeSeriesCsv.TimeKind.DATE) {
            // no calendar to read a season from: non-seasonal unless --season says otherwise
            int season = options.containsKey("season") ? positive("season") : 1;
            return new Data(contents, null, season);
        }
        Frequency frequency = options.containsKey("frequency") ? Frequency.of(options.get("frequency"))
                : inferFrequency(contents.series().get(0).ds());
        int season = options.containsKey("season") ? positive("season") : frequency.defaultSeasonalPeriod();
        return new Data(contents, frequency, season);
    }

    private static Frequency inferFrequency(List<String> dates) {
        if (dates.size() < 2) {
            return Frequency.DAILY;
        }
        long days = ChronoUnit.DAYS.between(LocalDate.parse(dates.get(dates.size() - 2)),
                LocalDate.parse(dates.get(dates.size() - 1)));
        return days >= 28 ? Frequency.MONTHLY : days >= 7 ? Frequency.WEEKLY : Frequency.DAILY;
    }

    private SelectionSettings settings(int horizon, int combine) {
        int origins = Integer.parseInt(options.getOrDefault("origins", "3"));
        Combination combination = Combination.valueOf(options.getOrDefault("combination", "median")
                .toUpperCase(Locale.ROOT));
        return SelectionSettings.defaults(horizon).withOrigins(origins, horizon).withCandidates(candidates())
                .withCombination(combine, combination);
    }

    private List<Candidate> candidates() {
        return options.containsKey("models") ? Candidates.named(Arrays.asList(options.get("models").split(",")))
                : Candidates.standard();
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
