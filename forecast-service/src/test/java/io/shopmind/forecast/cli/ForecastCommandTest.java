package io.shopmind.forecast.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopmind.forecast.history.CsvFormatException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ForecastCommandTest {

    private static final String DATA = Path.of("src/test/resources/r-datasets/monthly-long.csv").toString();
    // seasonal AutoARIMA takes seconds per fit: left out to keep the test fast
    private static final String QUICK = "ETS,Theta,SNaive,Naive";

    @TempDir
    Path dir;

    private String run(String... args) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ForecastCommand(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(args);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void evaluatePrintsTheMetricsPerModelAndWritesJsonAndPredictions() throws Exception {
        Path json = dir.resolve("report.json");
        Path predictions = dir.resolve("predictions.csv");

        String table = run("evaluate", "--data", DATA, "--horizon", "12", "--season", "12", "--models", QUICK,
                "--output", json.toString(), "--predictions", predictions.toString());

        assertThat(table.lines().findFirst().orElseThrow()).contains("sMAPE", "MASE", "OWA", "cov80", "cov95");
        assertThat(table).contains("ETS", "Theta", "SNaive", "Selected", "Best", "Combined", "relative to Naive2",
                "Selected is what forecast and the service's runs use by default: Median(ETS, STLF, AutoARIMA, RegARIMA, Theta, DOTM)");
        JsonNode report = JsonMapper.builder().build().readTree(json.toFile());
        assertThat(report.get("series").asInt()).isEqualTo(2);
        assertThat(report.get("models").valueStream().map(m -> m.get("model").asString()))
                .containsExactly("ETS", "Theta", "SNaive", "Naive", "Selected", "Best", "Combined");
        JsonNode ets = report.get("models").get(0);
        assertThat(ets.get("owa").asDouble()).isLessThan(1.0);
        assertThat(ets.get("coverage").get("95").asDouble()).isBetween(0.0, 1.0);
        List<String> lines = Files.readAllLines(predictions);
        assertThat(lines.get(0)).isEqualTo("unique_id,ds,yhat,model,lo-80,hi-80,lo-95,hi-95,y");
        assertThat(lines).hasSize(1 + 7 * 2 * 12);
        assertThat(lines.get(1)).startsWith("AirPassengers,1960-01-01,");
    }

    @Test
    void forecastWritesEachSeriesModelPointsAndIntervals() throws Exception {
        String output = run("forecast", "--data", DATA, "--horizon", "6", "--models", QUICK, "--combine", "2",
                "--threads", "2");

        JsonNode result = JsonMapper.builder().build().readTree(output);
        assertThat(result.get("frequency").asString()).isEqualTo("monthly");
        assertThat(result.get("seasonalPeriod").asInt()).isEqualTo(12);
        JsonNode air = result.get("series").get(0);
        assertThat(air.get("uniqueId").asString()).isEqualTo("AirPassengers");
        assertThat(air.get("method").asString()).startsWith("Median(");
        assertThat(air.get("backtest").get("origins").asInt()).isEqualTo(2);
        assertThat(air.get("points")).hasSize(6);
        JsonNode first = air.get("points").get(0);
        assertThat(first.get("ds").asString()).isEqualTo("1961-01-01");
        assertThat(first.get("intervals").get(1).get("lower").asDouble()).isLessThan(first.get("mean").asDouble());
        assertThat(result.get("series").get(1).get("points").get(0).get("ds").asString()).isEqualTo("1979-01-01");
    }

    @Test
    void scoreReadsEvaluatesRawForecastsBackAndScoresThemAsEvaluateDid() throws Exception {
        Path predictions = dir.resolve("predictions.csv");
        Path json = dir.resolve("report.json");
        run("evaluate", "--data", DATA, "--horizon", "12", "--models", QUICK, "--output", json.toString(),
                "--predictions", predictions.toString());
        StringBuilder train = new StringBuilder("unique_id,ds,y\n");
        StringBuilder test = new StringBuilder("unique_id,ds,y\n");
        List<String> data = Files.readAllLines(Path.of(DATA));
        java.util.Map<String, Integer> lengths = new java.util.HashMap<>();
        data.stream().skip(1).forEach(l -> lengths.merge(l.split(",")[0], 1, Integer::sum));
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (String line : data.subList(1, data.size())) {
            String id = line.split(",")[0];
            int position = seen.merge(id, 1, Integer::sum);
            (position > lengths.get(id) - 12 ? test : train).append(line).append('\n');
        }
        Path trainFile = dir.resolve("train.csv");
        Path testFile = dir.resolve("test.csv");
        Files.writeString(trainFile, train);
        Files.writeString(testFile, test);
        Path scored = dir.resolve("scored.json");

        String table = run("score", "--train", trainFile.toString(), "--test", testFile.toString(), "--forecasts",
                predictions.toString(), "--output", scored.toString());

        assertThat(table).contains("Selected", "relative to Naive2");
        JsonNode evaluated = JsonMapper.builder().build().readTree(json.toFile()).get("models");
        JsonNode rescored = JsonMapper.builder().build().readTree(scored.toFile()).get("methods");
        for (int i = 0; i < evaluated.size(); i++) {
            assertThat(rescored.get(i).get("method").asString()).isEqualTo(evaluated.get(i).get("model").asString());
            assertThat(rescored.get(i).get("owa").asDouble()).isCloseTo(evaluated.get(i).get("owa").asDouble(),
                    org.assertj.core.api.Assertions.within(1e-6));
        }
    }

    /** Two M4-style series with an integer time index, one with negative values (any numbers are series). */
    private Path indexed() throws Exception {
        StringBuilder csv = new StringBuilder("unique_id,ds,y\n");
        for (int t = 1; t <= 40; t++) {
            csv.append("Y1,").append(t).append(',').append(100 + 2 * t + (t % 3)).append('\n');
        }
        for (int t = 1; t <= 30; t++) {
            csv.append("\"Q7\",").append(t).append(',').append(-50 + Math.sin(t) * 5).append('\n');
        }
        Path file = dir.resolve("m4-style.csv");
        Files.writeString(file, csv);
        return file;
    }

    @Test
    void evaluateReadsAnIntegerTimeIndexAsTheM4SeriesComeAndNamesTheHeldOutSteps() throws Exception {
        Path predictions = dir.resolve("predictions.csv");

        String table = run("evaluate", "--data", indexed().toString(), "--horizon", "6", "--models", "Naive,Theta",
                "--predictions", predictions.toString());

        assertThat(table).contains("Naive", "Theta", "Selected");
        List<String> lines = Files.readAllLines(predictions);
        assertThat(lines.stream().filter(l -> l.startsWith("Y1,")).map(l -> l.split(",")[1]).distinct())
                .containsExactly("35", "36", "37", "38", "39", "40");
        assertThat(lines.stream().filter(l -> l.startsWith("Q7,")).map(l -> l.split(",")[1]).distinct())
                .containsExactly("25", "26", "27", "28", "29", "30");
    }

    @Test
    void forecastStepsAnIndexByOneAndDateTimesByTheirInterval() throws Exception {
        JsonNode indexed = JsonMapper.builder().build().readTree(run("forecast", "--data", indexed().toString(),
                "--horizon", "3", "--models", "Naive"));
        assertThat(indexed.get("seasonalPeriod").asInt()).isEqualTo(1);
        assertThat(indexed.get("series").get(0).get("points").valueStream().map(p -> p.get("ds").asString()))
                .containsExactly("41", "42", "43");

        StringBuilder hourly = new StringBuilder("unique_id,ds,y\n");
        for (int h = 0; h < 48; h++) {
            hourly.append("H1,2024-03-0").append(1 + h / 24).append(' ').append(String.format("%02d", h % 24))
                    .append(":00:00,").append(10 + h % 24).append('\n');
        }
        Path file = dir.resolve("hourly.csv");
        Files.writeString(file, hourly);
        JsonNode result = JsonMapper.builder().build().readTree(run("forecast", "--data", file.toString(),
                "--horizon", "2", "--season", "24", "--models", "SNaive"));
        assertThat(result.get("series").get(0).get("points").valueStream().map(p -> p.get("ds").asString()))
                .containsExactly("2024-03-03 00:00", "2024-03-03 01:00");
        assertThat(result.get("series").get(0).get("points").get(1).get("mean").asDouble()).isEqualTo(11.0);
    }

    @Test
    void refusesMixedTimeKindsAndRepeatedStepsNamingTheLine() throws Exception {
        Path mixed = dir.resolve("mixed.csv");
        Files.writeString(mixed, "unique_id,ds,y\nA,1,3\nA,2024-01-02,4\n");
        assertThatThrownBy(() -> run("evaluate", "--data", mixed.toString(), "--horizon", "1"))
                .isInstanceOf(CsvFormatException.class).hasMessageContaining("Line 3").hasMessageContaining("date");

        Path repeated = dir.resolve("repeated.csv");
        Files.writeString(repeated, "unique_id,ds,y\nA,1,3\nA,2,4\nA,1,5\n");
        assertThatThrownBy(() -> run("evaluate", "--data", repeated.toString(), "--horizon", "1"))
                .isInstanceOf(CsvFormatException.class).hasMessageContaining("Line 4").hasMessageContaining("twice");
    }
}
