package io.shopmind.forecast.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.shopmind.forecast.baseline.Naive;
import io.shopmind.forecast.baseline.Naive2;
import io.shopmind.forecast.RDatasets;
import io.shopmind.forecast.baseline.SeasonalNaive;
import io.shopmind.forecast.ets.Ets;
import io.shopmind.forecast.theta.Theta;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class HoldoutEvaluatorTest {

    private final List<HoldoutSeries> series = List.of(
            new HoldoutSeries("air", RDatasets.load("AirPassengers"), 12),
            new HoldoutSeries("deaths", RDatasets.load("USAccDeaths"), 12),
            new HoldoutSeries("nile", RDatasets.load("Nile"), 1));

    @Test
    void naive2ScoresAnOwaOfOneAndSeasonalModelsBeatIt() {
        HoldoutEvaluator evaluator = new HoldoutEvaluator(List.of(
                new Candidate("Naive2", new Naive2()),
                new Candidate("SNaive", new SeasonalNaive()),
                new Candidate("ETS", Ets.auto()),
                new Candidate("Theta", new Theta()),
                new Candidate("failing", (y, m) -> { throw new IllegalArgumentException("y unsuitable"); })), 12, 80, 95);
        EvaluationReport report = evaluator.evaluate(series);
        assertThat(report.model("Naive2").owa()).isCloseTo(1.0, within(1e-12));
        assertThat(report.model("ETS").owa()).isLessThan(1.0);
        assertThat(report.model("failing").failures()).isEqualTo(3);
        assertThat(report.model("failing").owa()).isCloseTo(1.0, within(1e-12));
        assertThat(report.model("ETS").coverage()[1]).isBetween(0.0, 1.0);
        assertThat(report.scores()).hasSize(15);
    }

    @Test
    void givesTheSameReportOnOneThreadOrTwo() {
        HoldoutEvaluator evaluator = new HoldoutEvaluator(List.of(new Candidate("ETS", Ets.auto()),
                new Candidate("Theta", new Theta())), 12, 80, 95);
        EvaluationReport one = evaluator.evaluate(series, 1);
        EvaluationReport two = evaluator.evaluate(series, 2);
        assertThat(two.models()).usingRecursiveComparison().isEqualTo(one.models());
        assertThat(two.scores().stream().map(s -> s.seriesId() + "/" + s.model() + "/" + s.smape()))
                .containsExactlyElementsOf(one.scores().stream().map(s -> s.seriesId() + "/" + s.model() + "/" + s.smape())
                        .toList());
    }

    @Test
    void writesRawForecastsAsCsv() {
        String[] stamps = new String[100];
        for (int i = 0; i < 100; i++) {
            stamps[i] = Integer.toString(1871 + i);
        }
        EvaluationReport report = new HoldoutEvaluator(List.of(new Candidate("Naive", new Naive())), 2, 80, 95)
                .evaluate(List.of(new HoldoutSeries("nile", RDatasets.load("Nile"), 1, stamps)));
        StringWriter out = new StringWriter();
        report.writeCsv(out);
        String[] lines = out.toString().split("\n");
        assertThat(lines[0]).isEqualTo("unique_id,ds,yhat,model,lo-80,hi-80,lo-95,hi-95,y");
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).startsWith("nile,1969,").contains(",Naive,");
        assertThat(lines[2]).startsWith("nile,1970,");
    }
}
